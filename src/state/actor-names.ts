import { useCallback } from 'react';
import { localizedName, type LocalizedName } from '../domain/actor-names';
import { useI18n } from '../i18n/i18n';
import { useDatasetIndex } from './dataset-context';

/** An actor's name in the interface's language, by id; an id the dataset does not know reads as itself. */
export function useActorName(): (id: string) => LocalizedName {
  const index = useDatasetIndex();
  const { lang } = useI18n();
  return useCallback(
    (id: string) => {
      const actor = index.actor(id);
      return actor ? localizedName(actor, lang) : { text: id, lang: 'en' };
    },
    [index, lang],
  );
}
