import { Alert, Box, Grid, Paper, Stack, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconBrandWhatsapp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../shared/campaigns'
import type { ListSummary } from '../../../../shared/lists'
import type { Sender } from '../../../../shared/senders'
import type { Settings } from '../../../../shared/settings'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { DraftRiskPanel } from '../risk/DraftRiskPanel'
import { SenderModal } from '../senders/SenderModal'
import { useCampaignsView } from './campaigns-view'
import {
  campaignTag,
  composerProblems,
  openedWith,
  toCampaignInput,
  toComposerForm,
  type ComposerForm,
  type MessageLanguage,
} from './composer-form'
import { CloudMessageFields } from './CloudMessageFields'
import { ComposerActions } from './ComposerActions'
import { ComposerListField } from './ComposerListField'
import { ComposerSenderField } from './ComposerSenderField'
import { canApplyFix, riskDraftOf } from './composer-risk'
import { DeleteCampaignModal } from './DeleteCampaignModal'
import { BanCentreButton } from './GoToButtons'
import { MessageAddOnsFields } from './MessageAddOnsFields'
import { PersonalFieldsWarning } from './PersonalFieldsWarning'
import { WayField } from './WayField'
import { MessageField } from './MessageField'
import { MessageLanguageField } from './MessageLanguageField'
import { PreviewPanel } from './PreviewPanel'
import { StartModal } from './StartModal'
import { StartModeField } from './StartModeField'
import { paramProblems } from './template-mapping'
import { useRiskFix } from './use-risk-fix'

interface Props {
  campaign: Campaign | undefined
  senders: readonly Sender[]
  lists: readonly ListSummary[]
  /** The shop's name ({{shop}}) and whether its site has analytics (UTM on by default). */
  settings: Settings
  /** A new campaign's lists, chosen already (from a list's menu). */
  listIds?: readonly number[]
}

/** The composer's form and live preview, with what it can do: save, test send, start, delete. */
export function ComposerEditor({ campaign, senders, lists, settings, listIds }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const show = useCampaignsView((state) => state.show)
  const uiLanguage: MessageLanguage = i18n.language === 'en' ? 'en' : 'ru'
  const [form, setForm] = useState<ComposerForm>(() =>
    toComposerForm(campaign, {
      usesWebAnalytics: settings.usesWebAnalytics,
      language: uiLanguage,
      senderId: senders.length === 1 ? (senders[0]?.id ?? null) : null,
      listIds: (listIds ?? []).filter((id) => lists.some((list) => list.id === id)),
    }),
  )
  const [savedId, setSavedId] = useState(campaign?.id)
  /** Problems show once a save or a start was tried, as of that moment. */
  const [check, setCheck] = useState<{ forStart: boolean; at: number }>()
  const [busy, setBusy] = useState<'save' | 'test'>()
  const [failure, setFailure] = useState<unknown>()
  /** The modal open over the composer, if any. */
  const [modal, setModal] = useState<'start' | 'delete' | 'addSender'>()
  const closeModal = () => {
    setModal(undefined)
  }

  const started = campaign !== undefined && campaign.state !== 'draft'
  const sender = senders.find((entry) => entry.id === form.senderId)
  // The sender's channel decides the message: a text (assisted) or an approved template (Cloud API).
  const channel = sender?.channel ?? 'assisted'
  // A list message from the phone is free text whatever the number's channel.
  const phone = form.way === 'phone_broadcast'
  const cloud = channel === 'cloud_api' && !phone
  const problems =
    check === undefined ? {} : composerProblems(form, check.at, check.forStart, channel)
  const problem = (field: keyof typeof problems) => {
    const p = problems[field]
    return p ? t(`campaigns.composer.problems.${p}`) : undefined
  }
  const chosenLists = form.listIds.flatMap((id) => lists.filter((entry) => entry.id === id))

  const edit = (change: Partial<ComposerForm>) => {
    setForm((current) => ({ ...current, ...change }))
    setFailure(undefined)
  }
  const riskFix = useRiskFix({ form, lists, edit })

  /** Saves what is on the screen; resolves to the campaign's id, or undefined if it cannot. */
  const save = async (forStart: boolean): Promise<number | undefined> => {
    const at = Date.now()
    setCheck({ forStart, at })
    if (Object.keys(composerProblems(form, at, forStart, channel)).length > 0) return undefined
    const saved = await api.call('campaigns.save', toCampaignInput(form, savedId, channel))
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

  /** A list message is never started: saved, then its page shows the text for the phone. */
  const toPhone = () =>
    run('save', async () => {
      const id = await save(true)
      if (id !== undefined) show({ kind: 'detail', id })
    })

  const askToStart = () => {
    const at = Date.now()
    setCheck({ forStart: true, at })
    setFailure(undefined)
    if (Object.keys(composerProblems(form, at, true, channel)).length === 0) setModal('start')
  }

  return (
    <>
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
              <ComposerSenderField
                senders={senders}
                value={form.senderId}
                disabled={started}
                error={problem('senderId')}
                onChange={(senderId) => {
                  edit({ senderId })
                }}
                onAdd={() => {
                  setModal('addSender')
                }}
              />
              <WayField
                value={form.way}
                disabled={started}
                onChange={(way) => {
                  edit({ way })
                }}
              />
              <ComposerListField
                lists={lists}
                value={form.listIds}
                campaignName={form.name}
                single={phone}
                disabled={started}
                error={problem('listIds')}
                onChange={(listIds) => {
                  edit({ listIds })
                }}
              />
              {sender?.block && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
                  <Stack gap="xs" align="flex-start">
                    {t('errors.sender_blocked')}
                    <BanCentreButton />
                  </Stack>
                </Alert>
              )}
              {cloud && sender ? (
                <CloudMessageFields
                  senderId={sender.id}
                  form={form}
                  error={problem('template')}
                  paramProblems={
                    check === undefined || form.template === null
                      ? {}
                      : paramProblems(form.template, check.forStart)
                  }
                  onChange={edit}
                />
              ) : (
                <>
                  <MessageLanguageField form={form} onChange={edit} />
                  <MessageField
                    form={form}
                    shopName={settings.shopName}
                    error={problem('text')}
                    onChange={edit}
                  />
                  {phone && <PersonalFieldsWarning text={form.text} />}
                  <MessageAddOnsFields
                    form={form}
                    usesWebAnalytics={settings.usesWebAnalytics}
                    onChange={edit}
                  />
                </>
              )}
              {/* A list message goes when the owner sends it from the phone. */}
              {!phone && (
                <StartModeField
                  form={form}
                  disabled={started}
                  error={problem('startAt')}
                  onChange={edit}
                />
              )}
              {failure !== undefined && (
                <Alert color="red" icon={<IconAlertTriangle />} title={t('campaigns.failed')}>
                  {errorMessage(failure, t)}
                </Alert>
              )}
              <ComposerActions
                busy={busy}
                started={started}
                // A test by link opens WhatsApp with a text: the Cloud API sends templates itself.
                testable={channel !== 'cloud_api'}
                canTest={form.text.trim() !== '' && form.listIds.length > 0}
                canDelete={savedId !== undefined && !started}
                onTest={() => void testSend()}
                onDelete={() => {
                  setModal('delete')
                }}
                onSave={() => void saveDraft()}
                onStart={phone ? () => void toPhone() : askToStart}
                {...(phone ? { startLabel: t('phoneBroadcast.next') } : {})}
              />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {/* Preview and meter stay in sight while the form scrolls; taller than the window, they
              scroll on their own. */}
          <div
            style={{
              position: 'sticky',
              top: 16,
              maxHeight: 'calc(100vh - 32px)',
              overflowY: 'auto',
            }}
          >
            <Title order={2} size="h5" mb={4}>
              {t('campaigns.composer.preview')}
            </Title>
            <PreviewPanel
              form={{
                ...form,
                utmCampaign: campaignTag(form),
                template: cloud ? form.template : null,
              }}
              cloud={cloud}
            />
            {/* Started campaigns show their meter on their own page. */}
            {!started && (
              <Box mt="md">
                <DraftRiskPanel
                  draft={riskDraftOf(form, savedId, channel)}
                  onFix={(fix) => void riskFix.apply(fix)}
                  canApply={(fix) => canApplyFix(fix, form, channel)}
                  applying={riskFix.applying}
                  template={cloud}
                />
              </Box>
            )}
          </div>
        </Grid.Col>
      </Grid>
      {modal === 'start' && sender && chosenLists.length > 0 && (
        <StartModal
          name={form.name.trim()}
          sender={sender}
          lists={chosenLists}
          template={cloud ? form.template : null}
          draft={riskDraftOf(form, savedId, channel)}
          onClose={closeModal}
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
      {modal === 'delete' && savedId !== undefined && (
        <DeleteCampaignModal id={savedId} name={form.name.trim()} onClose={closeModal} />
      )}
      {modal === 'addSender' && (
        <SenderModal
          onClose={closeModal}
          onSaved={(created) => {
            edit({ senderId: created.id })
          }}
        />
      )}
    </>
  )
}
