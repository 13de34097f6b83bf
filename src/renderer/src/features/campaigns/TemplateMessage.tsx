import type { CloudTemplate, TemplatePlaceholder } from '../../../../shared/cloud-api'
import {
  BubbleFooter,
  BubbleHeader,
  ChatBackdrop,
  MessageBubble,
  PlaceholderMark,
} from './MessageBubble'
import { templateSegments } from './template-text'

type Shown = Pick<CloudTemplate, 'header' | 'body' | 'footer' | 'buttons'>

interface Props {
  template: Shown
  /** Where a placeholder's value comes from, shown when the pointer rests on it. */
  describe?: (placeholder: TemplatePlaceholder) => string | undefined
}

/** A template's text as WhatsApp shows it, each {{placeholder}} marked. */
export function TemplateMessage({ template, describe }: Props) {
  const marked = (text: string, component: TemplatePlaceholder['component']) =>
    templateSegments(text).map((segment, index) =>
      segment.kind === 'text' ? (
        segment.text
      ) : (
        <PlaceholderMark key={index} title={describe?.({ component, key: segment.key })}>
          {`{{${segment.key}}}`}
        </PlaceholderMark>
      ),
    )
  return (
    <ChatBackdrop>
      <MessageBubble
        buttons={template.buttons}
        text={
          <>
            {template.header !== null && template.header !== '' && (
              <BubbleHeader>{marked(template.header, 'header')}</BubbleHeader>
            )}
            {marked(template.body, 'body')}
            {template.footer !== null && template.footer !== '' && (
              <BubbleFooter>{template.footer}</BubbleFooter>
            )}
          </>
        }
      />
    </ChatBackdrop>
  )
}
