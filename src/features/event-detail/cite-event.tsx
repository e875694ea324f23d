import { CopyButton } from '../../components/copy-button';
import type { TimelineEvent } from '../../domain/schema';
import { eventPermalink } from '../../state/links';
import { citeEvent } from './citation';

export function CiteEvent({ event, version }: { event: TimelineEvent; version: string }) {
  const citation = citeEvent(event, version, eventPermalink(event.id), new Date());
  return (
    <section aria-labelledby="cite-heading" className="mt-5">
      <h3 id="cite-heading" className="detail-subheading">
        Cite this event
      </h3>
      <p className="mt-2 rounded border border-line bg-panel p-2 text-sm">{citation}</p>
      <div className="mt-2">
        <CopyButton label="Copy citation" copiedMessage="Citation copied" getText={() => citation} />
      </div>
    </section>
  );
}
