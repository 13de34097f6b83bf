import { Button, Center, Group, Loader, Paper, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { PageLayout } from '../../components/PageLayout'
import { ContactPicker } from './ContactPicker'
import classes from './ListEditor.module.css'
import { ListActionsMenu } from './ListActionsMenu'
import { ListCapacity } from './ListCapacity'
import { ListMembersTable } from './ListMembersTable'
import { useListsView } from './lists-view'
import { useListDetail } from './use-list-detail'
import { PhoneReachPanel } from './PhoneReachPanel'
import { PhoneListSection } from '../phone-lists/PhoneListSection'

/** One list: its fill and counts on top; the contact search on the left, its people on the right. */
export function ListEditor({ id }: { id: number }) {
  const { t } = useTranslation()
  const { open, close } = useListsView()
  const { state, retry } = useListDetail(id)
  const back = (
    <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={close}>
      {t('lists.editor.back')}
    </Button>
  )

  if (state.status !== 'ready')
    return (
      <PageLayout title={t('nav.lists')} actions={back}>
        {state.status === 'loading' ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <LoadFailedAlert
            title={t('lists.loadFailed')}
            error={state.error}
            retry={{ label: t('lists.retry'), onClick: retry }}
          />
        )}
      </PageLayout>
    )

  const { list } = state
  return (
    <PageLayout
      title={list.name}
      fill
      actions={
        <Group gap="xs" wrap="nowrap">
          {back}
          <ListActionsMenu
            list={list}
            onDuplicated={(copy) => {
              open(copy.id)
            }}
            onDeleted={close}
          />
        </Group>
      }
    >
      <Text c="dimmed" fz="sm" mt={-12} style={{ whiteSpace: 'pre-line' }}>
        {list.description === '' ? t('lists.editor.noDescription') : list.description}
      </Text>
      <ListCapacity list={list} />
      <PhoneReachPanel list={list} />
      <PhoneListSection list={list} />
      <div className={classes.columns}>
        <Paper withBorder radius="md" p="sm" className={classes.column}>
          <Title order={2} size="h5" mb="xs">
            {t('lists.editor.pickerTitle')}
          </Title>
          <ContactPicker list={list} />
        </Paper>
        <Paper withBorder radius="md" p="sm" className={classes.column}>
          <Title order={2} size="h5" mb="xs">
            {t('lists.editor.membersTitle')} · {t('lists.people', { count: list.size })}
          </Title>
          <ListMembersTable list={list} />
        </Paper>
      </div>
    </PageLayout>
  )
}
