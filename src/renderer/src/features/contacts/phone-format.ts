// The formatting lives in shared code: the core uses it for the contact table's rows.
export { formatPhone } from '../../../../shared/phone-format'
