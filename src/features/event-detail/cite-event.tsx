import { CopyButton } from '../../components/copy-button';
import type { TimelineEvent } from '../../domain/schema';
import { eventPermalink } from '../../state/links';
import { useI18n } from '../../i18n/i18n';
import { citeEvent } from './citation';

export function CiteEvent({ event, version }: { event: TimelineEvent; version: string }) {
  const { t, lang } = useI18n();
  const citation = citeEvent(event, version, eventPermalink(event.id), new Date(), t, lang);
  return (
    <section aria-labelledby="cite-heading" className="mt-5">
      <h3 id="cite-heading" className="detail-subheading">
        {t('cite.heading')}
      </h3>
      <p className="mt-2 rounded border border-line bg-panel p-2 text-sm">{citation}</p>
      <div className="mt-2">
        <CopyButton label={t('cite.copy')} copiedMessage={t('cite.copied')} getText={() => citation} />
      </div>
    </section>
  );
}
