// One way the demo's server-rendered forms show a field: its label, control, hint and the API's
// error for it (announced, and pointed at by the control's aria-describedby).
import { esc } from './html.js';

export function formFields<Key extends string>(errors: Partial<Record<Key, string>>) {
  return {
    /** A field's block around its control. */
    field: (key: Key, label: string, control: string, hint = '') => `
<div class="field${errors[key] ? ' invalid' : ''}">
  <label for="${key}">${esc(label)}</label>
  ${control}
  ${hint ? `<div class="hint" id="${key}-hint">${esc(hint)}</div>` : ''}
  ${errors[key] ? `<p class="error" id="${key}-error" role="alert">${esc(errors[key])}</p>` : ''}
</div>`,
    /** The attributes a control takes when its field was refused. */
    described: (key: Key) => (errors[key] ? ` aria-invalid="true" aria-describedby="${key}-error"` : ''),
  };
}
