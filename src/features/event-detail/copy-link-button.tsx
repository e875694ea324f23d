import { CopyButton } from '../../components/copy-button';
import { useI18n } from '../../i18n/i18n';
import { currentViewLink } from '../../state/links';

/** Copies the address bar, which always describes the current view. */
export function CopyLinkButton() {
  const { t } = useI18n();
  return <CopyButton label={t('detail.copyLink')} copiedMessage={t('detail.linkCopied')} getText={currentViewLink} />;
}
