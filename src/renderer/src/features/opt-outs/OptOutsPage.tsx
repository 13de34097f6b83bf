import { Alert, Box, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptOutEntry } from '../../../../shared/opt-outs'
import { PageLayout } from '../../components/PageLayout'
import { errorMessage } from '../../i18n/error-message'
import { AddButtons } from './AddButtons'
import { AddNumbersModal } from './AddNumbersModal'
import { ExportOptOutsButton } from './ExportOptOutsButton'
import { ImportFileModal } from './ImportFileModal'
import { hasMore, isNarrowed, noFilter, type OptOutFilter } from './opt-out-pages'
import { OptOutsEmptyState } from './OptOutsEmptyState'
import { OptOutsTable } from './OptOutsTable'
import { OptOutsToolbar } from './OptOutsToolbar'
import { ResubscribeModal } from './ResubscribeModal'
import { RepliesToReview } from '../replies/RepliesToReview'
import { useOptOutList } from './use-opt-out-list'

/** The numbers never to be messaged: find them, add to them, export them, and the way back. */
export function OptOutsPage() {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<OptOutFilter>(noFilter)
  const [typed, setTyped] = useState('')
  const list = useOptOutList(filter)
  const [dialog, setDialog] = useState<'numbers' | 'file'>()
  const [resubscribing, setResubscribing] = useState<readonly string[]>([])
  const openNumbers = useCallback(() => {
    setDialog('numbers')
  }, [])
  const openFile = useCallback(() => {
    setDialog('file')
  }, [])
  const resubscribe = useCallback((entry: OptOutEntry) => {
    setResubscribing([entry.e164])
  }, [])
  const reset = () => {
    setTyped('')
    setFilter(noFilter)
  }

  const { loaded, error } = list
  const empty = list.current && loaded?.total === 0 && !isNarrowed(filter)
  const failed = error !== undefined && (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('optOuts.loadFailed')}>
      <Stack gap="sm" align="flex-start">
        {errorMessage(error, t)}
        <Button variant="white" color="red" size="xs" onClick={list.retry}>
          {t('optOuts.retry')}
        </Button>
      </Stack>
    </Alert>
  )

  let body
  if (loaded === undefined) {
    body = failed || (
      <Center py="xl">
        <Loader />
      </Center>
    )
  } else if (empty) {
    body = (
      <>
        {failed}
        <OptOutsEmptyState onAddNumbers={openNumbers} onImportFile={openFile} />
      </>
    )
  } else {
    body = (
      <>
        <Text c="dimmed" fz="sm" mt={-8}>
          {t('optOuts.intro')}
        </Text>
        <OptOutsToolbar
          typed={typed}
          filter={filter}
          total={list.current ? loaded.total : undefined}
          onType={setTyped}
          onChange={setFilter}
        />
        {failed}
        {loaded.total === 0 ? (
          <Paper withBorder p="xl" radius="md">
            <Stack align="center" gap="xs">
              <IconSearch size={32} stroke={1.5} color="var(--mantine-color-dimmed)" />
              <Text fw={600}>{t('optOuts.nothingFound')}</Text>
              <Text c="dimmed" fz="sm">
                {t('optOuts.nothingFoundHint')}
              </Text>
              <Button variant="light" mt="xs" onClick={reset}>
                {t('optOuts.resetFilters')}
              </Button>
            </Stack>
          </Paper>
        ) : (
          <Box
            style={{
              flex: 1,
              minHeight: 240,
              overflow: 'auto',
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 'var(--mantine-radius-md)',
              background: 'var(--mantine-color-white)',
              // Dimmed while another search's rows are on their way.
              opacity: list.current ? 1 : 0.6,
              transition: 'opacity 150ms',
            }}
          >
            <OptOutsTable rows={loaded.rows} onResubscribe={resubscribe} />
            {hasMore(loaded) && (
              <Stack align="center" gap={4} py="md">
                <Text fz="xs" c="dimmed">
                  {t('optOuts.shown', { shown: loaded.rows.length, total: loaded.total })}
                </Text>
                <Button variant="light" loading={list.loadingMore} onClick={list.showMore}>
                  {t('optOuts.showMore')}
                </Button>
              </Stack>
            )}
          </Box>
        )}
      </>
    )
  }

  return (
    <PageLayout
      title={t('optOuts.title')}
      fill={!empty}
      actions={
        !empty &&
        loaded !== undefined && (
          <Group gap="sm" wrap="nowrap">
            <ExportOptOutsButton />
            <AddButtons onAddNumbers={openNumbers} onImportFile={openFile} />
          </Group>
        )
      }
    >
      {/* Likely requests to stop come first: until the owner decides, the person is messaged. */}
      <RepliesToReview />
      {body}
      <AddNumbersModal
        opened={dialog === 'numbers'}
        onClose={() => {
          setDialog(undefined)
        }}
      />
      <ImportFileModal
        opened={dialog === 'file'}
        onClose={() => {
          setDialog(undefined)
        }}
      />
      <ResubscribeModal
        e164s={resubscribing}
        onClose={() => {
          setResubscribing([])
        }}
        onDone={list.refresh}
      />
    </PageLayout>
  )
}
