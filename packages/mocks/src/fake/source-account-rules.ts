import { sourceAccountRuleIssues } from '@bankfeeds/model';
import { badRequest } from './errors';

/** A field of a request body when it is a string (anything else is the schema's to refuse). */
function textField(body: object, key: string): string | undefined {
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Refuses, with a 400 that names the rule, a body that breaks the model's source-account rules
 * (a GBP bank account without a sort code, a card account with more than its last four digits).
 * Checked before the schema so the reply's `error` says which rule, not only "not valid".
 */
export function refuseBrokenRules(body: unknown): void {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  const routing = (body as { routingInfo?: unknown }).routingInfo;
  const issues = sourceAccountRuleIssues({
    accountType: textField(body, 'accountType'),
    accountNumber: textField(body, 'accountNumber'),
    sortCode: textField(body, 'sortCode'),
    currency: textField(body, 'currency'),
    routingInfo:
      routing && typeof routing === 'object'
        ? { bankCode: textField(routing, 'bankCode'), type: textField(routing, 'type') }
        : null,
  });
  if (issues.length)
    throw badRequest(
      issues.map((issue) => issue.message).join(' '),
      issues.map((issue) => ({
        itemId: issue.field,
        message: issue.message,
        validatorName: 'SourceAccount',
      })),
    );
}
