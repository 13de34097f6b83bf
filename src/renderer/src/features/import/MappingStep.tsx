import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { upperFirst } from '@mantine/hooks'
import { IconAlertTriangle, IconFileText, IconPhone } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  mappingTargets,
  type ImportPreview,
  type MappingTarget,
  type NameOrder,
  type PreviewContact,
} from '../../../../shared/imports'
import { formatPhone } from '../contacts/phone-format'
import {
  canStart,
  chosenNameOrder,
  hasPhoneColumn,
  previewConsent,
  type ImportConsent,
  type MappingState,
} from './import-flow'
import { ImportConsentQuestion } from './ImportConsentQuestion'
import { columnTitle, delimiterName, importErrorText, rowProblemReason } from './import-texts'

interface Props {
  state: MappingState
  onMappingChange: (column: number, target: MappingTarget) => void
  onEncodingChange: (encoding: string) => void
  onNameOrderChange: (nameOrder: NameOrder) => void
  onConsentChange: (consent: ImportConsent) => void
  onStart: () => void
  onChooseAnother: () => void
}

const cellStyle = {
  maxWidth: 240,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const

/** What a contact file from a phone, Excel or an old Russian program may be written in. */
const knownEncodings = [
  'UTF-8',
  'windows-1251',
  'UTF-16LE',
  'UTF-16BE',
  'KOI8-R',
  'IBM866',
  'ISO-8859-5',
]
const encodingChoices = (current: string) =>
  knownEncodings.some((name) => name.toLowerCase() === current.toLowerCase())
    ? knownEncodings
    : [current, ...knownEncodings]

const isMappingTarget = (value: string): value is MappingTarget =>
  mappingTargets.some((target) => target === value)

export function MappingStep({
  state,
  onMappingChange,
  onEncodingChange,
  onNameOrderChange,
  onConsentChange,
  onStart,
  onChooseAnother,
}: Props) {
  const { t, i18n } = useTranslation()
  const { preview, mapping } = state
  const targets = mappingTargets.map((target) => ({
    value: target,
    label: t(`importer.targets.${target}`),
  }))
  const columnName = (index: number) => columnTitle(preview, index, t)

  return (
    <Stack gap="md">
      <FileFacts preview={preview} language={i18n.language} />
      <NativeSelect
        label={t('importer.mapping.encoding')}
        description={t('importer.mapping.encodingHint')}
        data={encodingChoices(state.encoding ?? preview.encoding)}
        value={state.encoding ?? preview.encoding}
        disabled={state.starting}
        onChange={(event) => {
          onEncodingChange(event.currentTarget.value)
        }}
        maw={420}
      />
      <ImportConsentQuestion
        value={state.consent}
        onChange={onConsentChange}
        missing={state.consentMissing}
        fileHasColumn={mapping.includes('consent')}
        disabled={state.starting}
      />
      <Text size="sm">{t('importer.mapping.hint')}</Text>

      <Title order={3} size="h5">
        {t('importer.mapping.fileTitle')}
      </Title>
      <Table.ScrollContainer minWidth={preview.headers.length * 170} type="native">
        <Table withTableBorder withColumnBorders striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              {preview.headers.map((_header, index) => (
                <Table.Th key={index} miw={170} style={{ verticalAlign: 'top' }}>
                  <Stack gap={6}>
                    <Text fw={700} size="sm" style={cellStyle} title={columnName(index)}>
                      {columnName(index)}
                    </Text>
                    <NativeSelect
                      aria-label={columnName(index)}
                      size="xs"
                      // As wide as its longest choice («Согласие на рассылку», «Не импортировать»):
                      // the column grows rather than cutting what was chosen.
                      styles={{ input: { minWidth: 'max-content' } }}
                      data={targets}
                      value={mapping[index] ?? 'ignore'}
                      disabled={state.starting}
                      onChange={(event) => {
                        const { value } = event.currentTarget
                        if (isMappingTarget(value)) onMappingChange(index, value)
                      }}
                    />
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {preview.headers.map((_header, index) => (
                  <Table.Td
                    key={index}
                    fz="sm"
                    c={mapping[index] === 'ignore' ? 'dimmed' : undefined}
                    style={cellStyle}
                    title={row[index] ?? ''}
                  >
                    {row[index] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.faxColumns.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('importer.mapping.faxColumns', {
            columns: preview.faxColumns.map((name) => `«${name}»`).join(', '),
            count: preview.faxColumns.length,
          })}
        </Text>
      )}
      {!hasPhoneColumn(mapping) && (
        <Alert color="orange" icon={<IconPhone />}>
          {t('importer.mapping.noPhoneColumn')}
        </Alert>
      )}

      <Group gap="sm">
        <Title order={3} size="h5">
          {t('importer.mapping.resultTitle')}
        </Title>
        {state.refreshing && (
          <Group gap={6}>
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('importer.mapping.refreshing')}
            </Text>
          </Group>
        )}
      </Group>
      {preview.splitsNames && (
        <NameOrderSwitch
          value={chosenNameOrder(state)}
          disabled={state.starting}
          onChange={onNameOrderChange}
        />
      )}
      <ResultTable
        contacts={preview.sampleContacts}
        consent={state.consent}
        stale={state.refreshing}
      />

      {state.error !== null && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('importer.mapping.failed')}>
          {importErrorText(state.error, t)}
        </Alert>
      )}
      {/* Kept in sight while the samples scroll: it is what the step is for. */}
      <Group
        justify="space-between"
        pos="sticky"
        bottom={0}
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ zIndex: 3, borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Button variant="default" onClick={onChooseAnother} disabled={state.starting}>
          {t('importer.mapping.chooseAnother')}
        </Button>
        <Button onClick={onStart} loading={state.starting} disabled={!canStart(state)}>
          {t('importer.mapping.start')}
        </Button>
      </Group>
    </Stack>
  )
}

function FileFacts({ preview, language }: { preview: ImportPreview; language: string }) {
  const { t } = useTranslation()
  const shape =
    preview.format === 'vcard'
      ? t('importer.mapping.detectedVcard', { encoding: preview.encoding })
      : t('importer.mapping.detectedCsv', {
          encoding: preview.encoding,
          delimiter: delimiterName(preview.delimiter, t),
        })
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <IconFileText size={20} style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={2}>
        <Text fw={600}>{preview.fileName}</Text>
        <Text size="sm" c="dimmed">
          {shape} ·{' '}
          {t('importer.mapping.rows', { rows: preview.estimatedRows.toLocaleString(language) })}
        </Text>
      </Stack>
    </Group>
  )
}

const isNameOrder = (value: string): value is NameOrder =>
  value === 'last_first' || value === 'first_last'

/** One click turns every full name of the file around: «Фамилия Имя» ⇄ «Имя Фамилия». */
function NameOrderSwitch({
  value,
  disabled,
  onChange,
}: {
  value: NameOrder
  disabled: boolean
  onChange: (nameOrder: NameOrder) => void
}) {
  const { t } = useTranslation()
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Text size="sm" fw={500} style={{ flexShrink: 0 }} id="name-order-label">
        {t('importer.mapping.nameOrder')}
      </Text>
      <SegmentedControl
        aria-labelledby="name-order-label"
        size="sm"
        value={value}
        disabled={disabled}
        data={[
          { value: 'last_first', label: t('importer.mapping.nameOrderLastFirst') },
          { value: 'first_last', label: t('importer.mapping.nameOrderFirstLast') },
        ]}
        onChange={(next) => {
          if (isNameOrder(next) && next !== value) onChange(next)
        }}
        style={{ flexShrink: 0 }}
      />
      <Text size="xs" c="dimmed">
        {t('importer.mapping.nameOrderHint')}
      </Text>
    </Group>
  )
}

interface ResultTableProps {
  contacts: PreviewContact[]
  consent: ImportConsent | null
  stale: boolean
}

function ResultTable({ contacts, consent, stale }: ResultTableProps) {
  const { t } = useTranslation()
  // The name's parts are shown when the file gives any: the split is what the owner checks.
  const withParts = contacts.some(
    (c) => c.firstName !== '' || c.middleName !== '' || c.lastName !== '',
  )
  return (
    <Table.ScrollContainer minWidth={withParts ? 960 : 720} type="native">
      <Table
        withTableBorder
        verticalSpacing={6}
        style={{ opacity: stale ? 0.5 : 1, transition: 'opacity 150ms' }}
        aria-busy={stale}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('importer.preview.line')}</Table.Th>
            <Table.Th>
              {t(withParts ? 'importer.preview.fullName' : 'importer.preview.name')}
            </Table.Th>
            {withParts &&
              nameParts.map((part) => (
                <Table.Th key={part}>{t(`importer.preview.${part}`)}</Table.Th>
              ))}
            <Table.Th>{t('importer.preview.phones')}</Table.Th>
            <Table.Th>{t('importer.preview.tags')}</Table.Th>
            <Table.Th>{t('importer.preview.consent')}</Table.Th>
            <Table.Th>{t('importer.preview.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <ResultRow
              key={contact.line}
              contact={contact}
              consent={consent}
              withParts={withParts}
              t={t}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

const nameParts = ['lastName', 'firstName', 'middleName'] as const

function ResultRow({
  contact,
  consent,
  withParts,
  t,
}: {
  contact: PreviewContact
  consent: ImportConsent | null
  withParts: boolean
  t: TFunction
}) {
  const rejected = contact.problems.some((problem) => problem.severity === 'rejected')
  return (
    <Table.Tr bg={rejected ? 'var(--mantine-color-red-light)' : undefined}>
      <Table.Td fz="sm" c="dimmed">
        {contact.line}
      </Table.Td>
      <Table.Td fz="sm" miw={140}>
        {contact.name ||
          (rejected ? (
            ''
          ) : (
            <Text span c="dimmed" fz="sm">
              {t('importer.preview.noName')}
            </Text>
          ))}
      </Table.Td>
      {withParts &&
        nameParts.map((part) => (
          <Table.Td key={part} fz="sm" data-part={part}>
            {contact[part] || (
              <Text span c="dimmed" fz="sm">
                —
              </Text>
            )}
          </Table.Td>
        ))}
      <Table.Td fz="sm">
        <Stack gap={2}>
          {contact.phones.map((phone) => (
            // «основной» goes under the number when the column is narrow.
            <Group key={phone.e164} gap={6} style={{ rowGap: 2 }}>
              <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatPhone(phone.e164)}
              </Text>
              {phone.primary && contact.phones.length > 1 && (
                <Badge
                  size="xs"
                  variant="light"
                  tt="none"
                  miw="max-content"
                  title={t('importer.preview.primaryHint')}
                >
                  {t('importer.preview.primary')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td miw={90}>
        <Group gap={4}>
          {contact.tags.map((tag) => (
            <Badge
              key={tag}
              size="sm"
              variant="outline"
              color="gray"
              tt="none"
              miw="max-content"
              title={tag}
            >
              {tag}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {rejected ? '' : t(`importer.consent.${previewConsent(contact, consent)}`)}
      </Table.Td>
      <Table.Td fz="sm">
        <Stack gap={2}>
          {rejected && (
            <Text fz="sm" fw={600} c="red.8">
              {t('importer.preview.skipped')}
            </Text>
          )}
          {contact.problems.map((problem, index) => (
            <Text key={index} fz="sm" c={problem.severity === 'rejected' ? 'red.8' : 'orange.8'}>
              {upperFirst(rowProblemReason(problem, t))}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  )
}
