import type { AuthorIdentity } from '../../../shared/author';
import type { Language } from '../../../shared/i18n';

/** What every exporter needs besides the plan: both exports take the same options. */
export interface ExportOptions {
  /** The UI's language, or --lang on the CLI. */
  language: Language;
  /** The consultant's or trainer's identity, from the preferences; null leaves it out. */
  author: AuthorIdentity | null;
  /** The date printed on the cover; fixed in tests so files can be compared. */
  generatedAt: Date;
}
