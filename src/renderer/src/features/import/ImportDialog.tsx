import { Modal, Stack, Stepper } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ChooseFileStep } from './ChooseFileStep'
import { importSteps, stepIndex } from './import-flow'
import { MappingStep } from './MappingStep'
import { ProgressStep } from './ProgressStep'
import { ReportStep } from './ReportStep'
import { useImportFlow } from './use-import-flow'

export interface Props {
  opened: boolean
  onClose: () => void
}

/** The guided import: choose a file, check its columns, watch it run, read what happened. */
export function ImportDialog({ opened, onClose }: Props) {
  const { t } = useTranslation()
  const flow = useImportFlow()
  const { state } = flow
  // While the core is importing, the dialog stays until the import ends or is cancelled, so the
  // report is not lost; a failure to cancel lets it close.
  const busy =
    (state.step === 'running' && state.error === null) ||
    (state.step === 'mapping' && state.starting)
  const close = () => {
    if (!busy) onClose()
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={flow.reset}
      // The mapping step shows the file and its result with each name's parts, the consent and the
      // problems: as wide as the window allows, so a 1366-px laptop sees every column unscrolled.
      size={state.step === 'mapping' ? 'min(1400px, 100%)' : 'xl'}
      xOffset={state.step === 'mapping' ? 16 : undefined}
      title={t('importer.title')}
      withCloseButton={!busy}
      closeOnEscape={!busy}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="lg">
        <Stepper active={stepIndex(state)} size="sm">
          {importSteps.map((step) => (
            <Stepper.Step key={step} label={t(`importer.steps.${step}`)} />
          ))}
        </Stepper>
        {(state.step === 'choose' || state.step === 'upload') && (
          <ChooseFileStep state={state} onFile={flow.chooseFile} />
        )}
        {state.step === 'mapping' && (
          <MappingStep
            state={state}
            onMappingChange={flow.changeMapping}
            onEncodingChange={flow.changeEncoding}
            onNameOrderChange={flow.changeNameOrder}
            onConsentChange={flow.setConsent}
            onStart={flow.start}
            onChooseAnother={flow.chooseAnother}
          />
        )}
        {state.step === 'running' && <ProgressStep state={state} onCancel={flow.cancel} />}
        {state.step === 'report' && (
          <ReportStep report={state.report} onAgain={flow.chooseAnother} onDone={onClose} />
        )}
      </Stack>
    </Modal>
  )
}
