// Meta's webhook envelope around one `messages` change's value, as a line of the webhook file
// carries it (metadata values are Meta's examples).
// https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages

/** The envelope object around `value`; `value`'s keys are added after the metadata. */
export function messagesEnvelope(value: object): object {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              ...value,
            },
          },
        ],
      },
    ],
  }
}
