// The assisted channel: at the paced moment WhatsApp opens on the person's chat with the text
// prefilled, and the owner presses Send; the owner's answer settles the message (scheduler.confirm).
import type { Sender } from '../../../shared/senders'
import type { Capabilities } from '../capabilities'
import type { EventBus } from '../event-bus'
import type { ClaimedTask } from '../scheduler/scheduler'
import type { CampaignRow } from '../scheduler/send-store'
import { notices } from './campaign-notices'
import { chatUrl } from './message'

/**
 * `showNames`: whether the OS notification may say who the message is for. Off by default
 * (Settings): a notification shows on a locked screen and to anyone near the computer.
 */
export function createAssistedChannel(
  events: EventBus,
  capabilities: Capabilities,
  showNames: () => boolean,
) {
  return {
    deliver(task: ClaimedTask, sender: Sender, campaign: CampaignRow): void {
      const url = chatUrl(task.e164, task.text, sender.assistedOpener)
      events.emit('campaigns.task', { ...task, url })
      const text = notices[campaign.language]
      capabilities.notify(showNames() ? text.task(task.name) : text.taskUnnamed())
      capabilities.openExternal(url).catch(() => undefined)
    },
  }
}
