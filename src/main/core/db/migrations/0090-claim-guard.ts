import type { Migration } from './migration'

/**
 * The database itself refuses to record a claim — a message about to go out — to a number on the
 * opt-out list, whatever code asks: a new ledger row being sent, or a queue item turned to
 * 'sending'. The scheduler checks first (and takes this refusal for a skip); this is the floor
 * under every future path. Only claims are refused: rows in settled states (sent, not sent,
 * uncertain) — history a restore carries forward, an answer that comes after an opt-out — are
 * what happened and go in as they are.
 */
export const m0090ClaimGuard: Migration = {
  version: 90,
  name: 'no claim to an opted-out number',
  up(db) {
    db.exec(`
      CREATE TRIGGER send_ledger_no_claim_to_opted_out BEFORE INSERT ON send_ledger
      WHEN NEW.state = 'sending' AND EXISTS (SELECT 1 FROM opt_outs WHERE e164 = NEW.e164)
      BEGIN
        SELECT RAISE(ABORT, 'opted_out: this number is on the opt-out list');
      END;

      CREATE TRIGGER send_ledger_no_reclaim_to_opted_out BEFORE UPDATE OF state ON send_ledger
      WHEN NEW.state = 'sending' AND OLD.state <> 'sending'
        AND EXISTS (SELECT 1 FROM opt_outs WHERE e164 = NEW.e164)
      BEGIN
        SELECT RAISE(ABORT, 'opted_out: this number is on the opt-out list');
      END;

      CREATE TRIGGER campaign_items_no_claim_to_opted_out BEFORE UPDATE OF state ON campaign_items
      WHEN NEW.state = 'sending' AND OLD.state <> 'sending'
        AND EXISTS (SELECT 1 FROM opt_outs WHERE e164 = NEW.e164)
      BEGIN
        SELECT RAISE(ABORT, 'opted_out: this number is on the opt-out list');
      END;

      CREATE TRIGGER campaign_items_no_new_claim_to_opted_out BEFORE INSERT ON campaign_items
      WHEN NEW.state = 'sending' AND EXISTS (SELECT 1 FROM opt_outs WHERE e164 = NEW.e164)
      BEGIN
        SELECT RAISE(ABORT, 'opted_out: this number is on the opt-out list');
      END;
    `)
  },
}
