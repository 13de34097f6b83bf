import { Center, Loader, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import classes from './SectionLoading.module.css'

/**
 * What a section shows while its code loads (the Suspense fallback): a loader in the middle of the
 * page, as tall as a page, so nothing jumps when the section arrives.
 */
export function SectionLoading() {
  const { t } = useTranslation()
  return (
    <Center h="calc(100dvh - 2 * var(--mantine-spacing-xl))" role="status" aria-busy="true">
      <Loader className={classes.loader} />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  )
}
