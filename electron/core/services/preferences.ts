import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { writeFileAtomically } from '../files';
import type { Preferences, RecentFile } from '../../../shared/contract';
import { hasControlCharacters } from '../../../shared/pathText';
import { authorIdentitySchema, type AuthorIdentity } from '../../../shared/author';
import { defaultLanguage, languages, type Language } from '../../../shared/i18n';

const RECENT_MAX = 10;

const preferencesSchema = z.object({
  language: z.enum(languages).catch(defaultLanguage),
  recentFiles: z
    .array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }))
    .catch([])
    // A hand-edited file could list a path the contract would refuse: it is left out, not offered.
    .transform((files) => files.filter((file) => !hasControlCharacters(file.path)).slice(0, RECENT_MAX)),
  author: authorIdentitySchema.nullable().catch(null).default(null),
});

/**
 * The app's own preferences (language, recent files, author identity), in the user's data folder, never in plans.
 * A damaged preferences file falls back to defaults instead of blocking the app.
 */
export class PreferencesStore {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'preferences.json');
  }

  read(): Preferences {
    try {
      return preferencesSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return { language: defaultLanguage, recentFiles: [], author: null };
    }
  }

  private write(preferences: Preferences): Preferences {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomically(this.file, JSON.stringify(preferences, null, 2));
    return preferences;
  }

  setLanguage(language: Language): Preferences {
    return this.write({ ...this.read(), language });
  }

  setAuthor(author: AuthorIdentity | null): Preferences {
    return this.write({ ...this.read(), author });
  }

  rememberOpened(file: Omit<RecentFile, 'openedAt'>, openedAt = new Date().toISOString()): Preferences {
    const current = this.read();
    const others = current.recentFiles.filter((recent) => path.resolve(recent.path) !== path.resolve(file.path));
    return this.write({ ...current, recentFiles: [{ ...file, openedAt }, ...others].slice(0, RECENT_MAX) });
  }
}
