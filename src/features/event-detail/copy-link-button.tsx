import { CopyButton } from '../../components/copy-button';
import { currentViewLink } from '../../state/links';

/** Copies the address bar, which always describes the current view. */
export function CopyLinkButton() {
  return <CopyButton label="Copy link" copiedMessage="Link copied" getText={currentViewLink} />;
}
