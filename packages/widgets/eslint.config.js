import { base } from '@tickets/eslint-config';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  reactHooks.configs.flat.recommended,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/fixtures/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            // The server's router is a type: its code must never reach the browser.
            { name: '@tickets/server', message: 'Import only types from @tickets/server (import type …).', allowTypeImports: true },
            // zod is 15–25 KB gzip: the bundle leaves it out (scripts/bundle-size.mjs fails if it is in).
            { name: 'zod', message: 'The widgets are bundled without zod: check input with the domain’s rules, or leave it to the API.', allowTypeImports: true },
          ],
          patterns: [
            // The domain's rules tree-shake away from its zod schemas (its README, "In the browser"),
            // so the widgets take them from it. Its schemas are its PascalCase values; they are types here.
            {
              regex: '^@tickets/domain$',
              importNamePattern: '^[A-Z][a-z]',
              message: 'A PascalCase value of @tickets/domain is a zod schema (or DomainError): the widgets import it only as a type.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // No words a person reads written into a component: each comes from the catalogs
    // (src/i18n/catalogs, in every language). Components join this list as they are translated
    // (issue #18); the rest still speak English only.
    files: [
      'src/components/TicketList.tsx',
      'src/components/TicketListFilters.tsx',
      'src/components/Presence.tsx',
      'src/components/StatusBadge.tsx',
      'src/connected/ConnectedTicketList.tsx',
      'src/components/TicketPage.tsx',
      'src/components/TicketHeader.tsx',
      'src/components/StatusPicker.tsx',
      'src/components/CommentComposer.tsx',
      'src/components/Timeline.tsx',
      'src/components/TimelineEntryBoundary.tsx',
      'src/components/PreviousMetadata.tsx',
      'src/components/PlaygroundSlot.tsx',
      'src/components/StakeholderList.tsx',
      'src/components/PrincipalFields.tsx',
      'src/components/ActingAsPicker.tsx',
      'src/components/MoveTypeForm.tsx',
      'src/components/SubmitRow.tsx',
      'src/components/Notice.tsx',
      'src/components/States.tsx',
      'src/components/StatusSettings.tsx',
      'src/components/StatusForm.tsx',
      'src/components/StatusRow.tsx',
      'src/components/StatusCategorySection.tsx',
      'src/components/RemoveStatusDialog.tsx',
      'src/components/MigrationProgress.tsx',
      'src/components/LifecycleChoice.tsx',
      'src/components/status-settings-model.ts',
      'src/connected/ConnectedStatusSettings.tsx',
      'src/connected/status-settings-changes.ts',
    ],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label', 'any'] }, callees: { exclude: ['t', 'rich', 'common', 'includes'] } }],
    },
  },
];
