import {
  Alert,
  Anchor,
  Button,
  Center,
  Grid,
  Group,
  Input,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconBrandWhatsapp,
  IconDeviceFloppy,
  IconPlayerPlay,
  IconPlus,
  IconSettings,
  IconTrash,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../shared/campaigns'
import type { ListSummary } from '../../../../shared/lists'
import type { Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { ConfirmModal } from '../../components/ConfirmModal'
import { PageLayout } from '../../components/PageLayout'
import { errorMessage } from '../../i18n/error-message'
import { useNavigation } from '../../stores/navigation'
import { formatPhone } from '../contacts/phone-format'
import { SenderModal } from '../senders/SenderModal'
import { useSenders } from '../senders/use-senders'
import { useCampaignsView } from './campaigns-view'
import {
  composerProblems,
  defaultOptOutLines,
  openedWith,
  toCampaignInput,
  toComposerForm,
  utmTag,
  type ComposerForm,
  type MessageLanguage,
} from './composer-form'
import { MessageField } from './MessageField'
import { PreviewPanel } from './PreviewPanel'
import { StartModal } from './StartModal'
import { useFreshQuery } from './use-fresh-query'
import { useListSummaries } from './use-list-summaries'

interface Props {
  /** The campaign to edit; null: a new one. */
  id: number | null
}

/** The composer: loads what it needs, then the form. */
export function CampaignComposer({ id }: Props) {
  const { t } = useTranslation()
  const show = useCampaignsView((state) => state.show)
  const campaign = useFreshQuery('campaigns.get', { id: id ?? 1 }, id !== null)
  const senders = useSenders()
  const lists = useListSummaries()
  const back = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={() => {
        show(
          id === null || campaign.state.status !== 'ready' || campaign.state.value.state === 'draft'
            ? { kind: 'overview' }
            : { kind: 'detail', id },
        )
      }}
    >
      {t('campaigns.back')}
    </Button>
  )

  const states = [senders.state, lists.state, ...(id === null ? [] : [campaign.state])]
  const failed = states.find((state) => state.status === 'failed')
  if (
    failed ||
    senders.state.status !== 'ready' ||
    lists.state.status !== 'ready' ||
    (id !== null && campaign.state.status !== 'ready')
  ) {
    return (
      <PageLayout title={t('campaigns.composer.newTitle')} actions={back}>
        {failed?.status === 'failed' ? (
          <Alert color="red" variant="light" title={t('campaigns.loadFailed')}>
            {errorMessage(failed.error, t)}
          </Alert>
        ) : (
          <Center py="xl">
            <Loader />
          </Center>
        )}
      </PageLayout>
    )
  }
  return (
    <ComposerBody
      campaign={id !== null && campaign.state.status === 'ready' ? campaign.state.value : undefined}
      senders={senders.state.value}
      lists={lists.state.value}
      back={back}
    />
  )
}

interface BodyProps {
  campaign: Campaign | undefined
  senders: readonly Sender[]
  lists: readonly ListSummary[]
  back: React.ReactNode
}

function ComposerBody({ campaign, senders, lists, back }: BodyProps) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const goTo = useNavigation((state) => state.goTo)
  const show = useCampaignsView((state) => state.show)
  const uiLanguage: MessageLanguage = i18n.language === 'en' ? 'en' : 'ru'
  const [form, setForm] = useState<ComposerForm>(() =>
    toComposerForm(campaign, {
      language: uiLanguage,
      senderId: senders.length === 1 ? (senders[0]?.id ?? null) : null,
      listId: null,
    }),
  )
  const [savedId, setSavedId] = useState(campaign?.id)
  /** Problems show once a save or a start was tried, as of that moment. */
  const [check, setCheck] = useState<{ forStart: boolean; at: number }>()
  const [busy, setBusy] = useState<'save' | 'test' | 'start'>()
  const [failure, setFailure] = useState<unknown>()
  const [starting, setStarting] = useState(false)
  const [addingSender, setAddingSender] = useState(false)
  const [deleting, setDeleting] = useState(false)

  const started = campaign !== undefined && campaign.state !== 'draft'
  const problems = check === undefined ? {} : composerProblems(form, check.at, check.forStart)
  const problem = (field: keyof typeof problems) => {
    const p = problems[field]
    return p ? t(`campaigns.composer.problems.${p}`) : undefined
  }
  const sender = senders.find((entry) => entry.id === form.senderId)
  const list = lists.find((entry) => entry.id === form.listId)
  const utmCampaign = form.utmCampaign.trim() === '' ? utmTag(form.name) : form.utmCampaign

  const edit = (change: Partial<ComposerForm>) => {
    setForm((current) => ({ ...current, ...change }))
    setFailure(undefined)
  }

  /** Saves what is on the screen; resolves to the campaign's id, or undefined if it cannot. */
  const save = async (forStart: boolean): Promise<number | undefined> => {
    const at = Date.now()
    setCheck({ forStart, at })
    if (Object.keys(composerProblems(form, at, forStart)).length > 0) return undefined
    const saved = await api.call('campaigns.save', toCampaignInput(form, savedId))
    setSavedId(saved.id)
    return saved.id
  }

  const run = async (kind: 'save' | 'test', action: () => Promise<void>) => {
    setBusy(kind)
    setFailure(undefined)
    try {
      await action()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(undefined)
    }
  }

  const saveDraft = () =>
    run('save', async () => {
      const id = await save(false)
      if (id === undefined) return
      notifications.show({
        color: 'teal',
        message: t('campaigns.composer.saved', { name: form.name.trim() }),
      })
      if (started) show({ kind: 'detail', id })
    })

  const testSend = () =>
    run('test', async () => {
      const id = await save(false)
      if (id === undefined) return
      const { url } = await api.call('campaigns.testSend', { id })
      notifications.show({
        color: 'teal',
        icon: <IconBrandWhatsapp size={18} />,
        autoClose: 10_000,
        message: t(`campaigns.composer.testOpened.${openedWith(url)}`, {
          phone: sender ? formatPhone(sender.phone) : '',
        }),
      })
    })

  const askToStart = () => {
    const at = Date.now()
    setCheck({ forStart: true, at })
    setFailure(undefined)
    if (Object.keys(composerProblems(form, at, true)).length === 0) setStarting(true)
  }

  const senderChoices = senders.map((entry) => ({
    value: String(entry.id),
    label: `${entry.label} · ${formatPhone(entry.phone)}`,
  }))
  const listChoices = lists.map((entry) => ({
    value: String(entry.id),
    label: t('campaigns.composer.listOption', {
      name: entry.name,
      people: t('lists.people', { count: entry.size }),
      eligible: entry.eligible,
    }),
  }))

  return (
    <PageLayout
      title={
        campaign
          ? t('campaigns.composer.editTitle', { name: campaign.name })
          : t('campaigns.composer.newTitle')
      }
      actions={back}
    >
      {started && (
        <Alert color="blue" variant="light" mt={-8}>
          {t('campaigns.composer.startedNote')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg" radius="md">
            <Stack gap="md">
              <TextInput
                label={t('campaigns.composer.name')}
                placeholder={t('campaigns.composer.namePlaceholder')}
                description={t('campaigns.composer.nameHint')}
                value={form.name}
                maxLength={80}
                disabled={started}
                required
                error={problem('name')}
                onChange={(event) => {
                  edit({ name: event.currentTarget.value })
                }}
              />
              {senders.length === 0 ? (
                <Alert color="yellow" variant="light" title={t('campaigns.composer.sender')}>
                  <Stack gap="xs" align="flex-start">
                    <Text fz="sm">{t('campaigns.composer.noSenders')}</Text>
                    <Group gap="xs">
                      <Button
                        size="xs"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => {
                          setAddingSender(true)
                        }}
                      >
                        {t('senders.add')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconSettings size={14} />}
                        onClick={() => {
                          goTo('settings')
                        }}
                      >
                        {t('campaigns.composer.goToSettings')}
                      </Button>
                    </Group>
                  </Stack>
                </Alert>
              ) : (
                <Select
                  label={t('campaigns.composer.sender')}
                  placeholder={t('campaigns.composer.senderPlaceholder')}
                  data={senderChoices}
                  value={form.senderId === null ? null : String(form.senderId)}
                  disabled={started}
                  allowDeselect={false}
                  required
                  error={problem('senderId')}
                  onChange={(value) => {
                    edit({ senderId: value === null ? null : Number(value) })
                  }}
                />
              )}
              <Stack gap={4}>
                <Select
                  label={t('campaigns.composer.list')}
                  placeholder={t('campaigns.composer.listPlaceholder')}
                  data={listChoices}
                  value={form.listId === null ? null : String(form.listId)}
                  disabled={started}
                  searchable
                  allowDeselect={false}
                  required
                  nothingFoundMessage={t('campaigns.composer.noLists')}
                  error={problem('listId')}
                  onChange={(value) => {
                    edit({ listId: value === null ? null : Number(value) })
                  }}
                />
                {lists.length === 0 && (
                  <Text fz="sm">
                    {t('campaigns.composer.noLists')}{' '}
                    <Anchor
                      component="button"
                      type="button"
                      fz="sm"
                      onClick={() => {
                        goTo('lists')
                      }}
                    >
                      {t('campaigns.composer.goToLists')}
                    </Anchor>
                  </Text>
                )}
              </Stack>
              <Input.Wrapper label={t('campaigns.composer.language')}>
                <SegmentedControl
                  display="flex"
                  mt={4}
                  size="xs"
                  w="fit-content"
                  aria-label={t('campaigns.composer.language')}
                  data={[
                    { value: 'ru', label: t('campaigns.composer.languageRu') },
                    { value: 'en', label: t('campaigns.composer.languageEn') },
                  ]}
                  value={form.language}
                  onChange={(value) => {
                    const language: MessageLanguage = value === 'en' ? 'en' : 'ru'
                    // An untouched default line follows the language; a written one stays.
                    const isDefault = Object.values(defaultOptOutLines).includes(form.optOutLine)
                    edit({
                      language,
                      ...(isDefault ? { optOutLine: defaultOptOutLines[language] } : {}),
                    })
                  }}
                />
              </Input.Wrapper>
              <MessageField form={form} error={problem('text')} onChange={edit} />
              <Stack gap="xs">
                <Switch
                  label={t('campaigns.composer.optOut')}
                  description={t('campaigns.composer.optOutHint')}
                  checked={form.appendOptOut}
                  onChange={(event) => {
                    edit({ appendOptOut: event.currentTarget.checked })
                  }}
                />
                <TextInput
                  aria-label={t('campaigns.composer.optOutLine')}
                  value={form.optOutLine}
                  maxLength={200}
                  disabled={!form.appendOptOut}
                  onChange={(event) => {
                    edit({ optOutLine: event.currentTarget.value })
                  }}
                  ml={52}
                />
              </Stack>
              <Stack gap="xs">
                <Switch
                  label={t('campaigns.composer.utm')}
                  description={t('campaigns.composer.utmHint')}
                  checked={form.utm}
                  onChange={(event) => {
                    edit({ utm: event.currentTarget.checked })
                  }}
                />
                <TextInput
                  label={t('campaigns.composer.utmCampaign')}
                  value={form.utmCampaign}
                  placeholder={utmTag(form.name)}
                  maxLength={80}
                  disabled={!form.utm}
                  onChange={(event) => {
                    edit({ utmCampaign: event.currentTarget.value })
                  }}
                  ml={52}
                  styles={{ label: { fontWeight: 400, fontSize: 'var(--mantine-font-size-xs)' } }}
                />
              </Stack>
              <Input.Wrapper label={t('campaigns.composer.start')}>
                <SegmentedControl
                  display="flex"
                  mt={4}
                  w="fit-content"
                  size="sm"
                  aria-label={t('campaigns.composer.start')}
                  disabled={started}
                  data={[
                    { value: 'now', label: t('campaigns.composer.startNow') },
                    { value: 'later', label: t('campaigns.composer.startLater') },
                  ]}
                  value={form.startMode}
                  onChange={(value) => {
                    edit({ startMode: value === 'later' ? 'later' : 'now' })
                  }}
                />
                {form.startMode === 'later' && (
                  <TextInput
                    type="datetime-local"
                    label={t('campaigns.composer.startAt')}
                    description={t('campaigns.composer.startAtHint')}
                    value={form.startAt}
                    disabled={started}
                    error={problem('startAt')}
                    onChange={(event) => {
                      edit({ startAt: event.currentTarget.value })
                    }}
                    maw={280}
                    mt="sm"
                  />
                )}
              </Input.Wrapper>
              {failure !== undefined && (
                <Alert color="red" icon={<IconAlertTriangle />} title={t('campaigns.failed')}>
                  {errorMessage(failure, t)}
                </Alert>
              )}
              <Group justify="space-between" gap="sm">
                <Group gap="xs">
                  <Button
                    variant="default"
                    leftSection={<IconBrandWhatsapp size={18} />}
                    loading={busy === 'test'}
                    disabled={busy !== undefined || form.text.trim() === '' || form.listId === null}
                    title={t('campaigns.composer.testSendHint')}
                    onClick={() => void testSend()}
                  >
                    {t('campaigns.composer.testSend')}
                  </Button>
                  {savedId !== undefined && !started && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={18} />}
                      onClick={() => {
                        setDeleting(true)
                      }}
                    >
                      {t('campaigns.detail.delete')}
                    </Button>
                  )}
                </Group>
                <Group gap="sm">
                  <Button
                    variant={started ? 'filled' : 'default'}
                    leftSection={<IconDeviceFloppy size={18} />}
                    loading={busy === 'save'}
                    disabled={busy !== undefined}
                    onClick={() => void saveDraft()}
                  >
                    {started ? t('campaigns.composer.saveText') : t('campaigns.composer.saveDraft')}
                  </Button>
                  {!started && (
                    <Button
                      leftSection={<IconPlayerPlay size={18} />}
                      disabled={busy !== undefined}
                      onClick={askToStart}
                    >
                      {t('campaigns.composer.startButton')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div style={{ position: 'sticky', top: 16 }}>
            <Title order={2} size="h5" mb={4}>
              {t('campaigns.composer.preview')}
            </Title>
            <PreviewPanel form={{ ...form, utmCampaign }} />
          </div>
        </Grid.Col>
      </Grid>
      {starting && sender && list && (
        <StartModal
          name={form.name.trim()}
          sender={sender}
          list={list}
          onClose={() => {
            setStarting(false)
          }}
          onConfirm={async () => {
            const id = await save(true)
            if (id === undefined) return
            await api.call('campaigns.start', { id })
            notifications.show({
              color: 'teal',
              message: t('campaigns.startModal.started', { name: form.name.trim() }),
            })
            show({ kind: 'detail', id })
          }}
        />
      )}
      {deleting && savedId !== undefined && (
        <ConfirmModal
          title={t('campaigns.detail.deleteModal.title', { name: form.name.trim() })}
          confirm={t('campaigns.detail.deleteModal.confirm')}
          cancel={t('campaigns.detail.deleteModal.cancel')}
          danger
          onClose={() => {
            setDeleting(false)
          }}
          onConfirm={async () => {
            await api.call('campaigns.delete', { id: savedId })
            notifications.show({
              color: 'teal',
              message: t('campaigns.detail.deleted', { name: form.name.trim() }),
            })
            show({ kind: 'overview' })
          }}
        >
          {t('campaigns.detail.deleteModal.text')}
        </ConfirmModal>
      )}
      {addingSender && (
        <SenderModal
          onClose={() => {
            setAddingSender(false)
          }}
          onSaved={(created) => {
            edit({ senderId: created.id })
          }}
        />
      )}
    </PageLayout>
  )
}
