import type { NamespaceLifecycleView } from '../api/types.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';

export interface LifecycleChoiceProps {
  lifecycles: readonly NamespaceLifecycleView[];
  chosen: readonly number[];
  onChange(chosen: number[]): void;
}

/** Which lifecycles a new status joins: without one, no ticket can be moved to it yet. */
export function LifecycleChoice({ lifecycles, chosen, onChange }: LifecycleChoiceProps) {
  const { t } = useSettingsMessages();
  if (lifecycles.length === 0) return null;
  const toggle = (lifecycleId: number, on: boolean) => onChange(on ? [...chosen, lifecycleId] : chosen.filter((id) => id !== lifecycleId));
  return (
    <fieldset className="tk-fieldset tk-lifecycle-choice">
      <legend>{t('settings.lifecycles.legend')}</legend>
      {lifecycles.map((lifecycle) => (
        <label key={lifecycle.id} className="tk-row">
          <input type="checkbox" checked={chosen.includes(lifecycle.id)} onChange={(event) => toggle(lifecycle.id, event.target.checked)} />
          {lifecycle.name}
          <span className="tk-muted">
            {' '}
            {lifecycle.ticketTypes.length > 0
              ? t('settings.lifecycles.types', { types: lifecycle.ticketTypes.join(', ') })
              : t(lifecycle.isDefault ? 'settings.lifecycles.defaultTypes' : 'settings.lifecycles.noTypes')}
          </span>
        </label>
      ))}
      {chosen.length === 0 && <p className="tk-muted">{t('settings.lifecycles.none')}</p>}
    </fieldset>
  );
}
