import { initTRPC, TRPCError } from '@trpc/server';
import type { Viewer } from '@tickets/domain';
import { decodeJwt } from 'jose';
import { AuthenticationError, bearerToken, verifyBearer } from '../auth/verify-token.js';
import { viewerCacheOf } from '../directory/viewer-cache.js';
import type { Context } from './context.js';
import { databaseUnavailableError, toTRPCError } from './error-mapping.js';
import { databaseAnswers } from '../db/database-answers.js';
import { fieldErrorSentence } from '../input/field-error-sentence.js';
import { fieldErrorsOf, issuesOf } from '../input/field-errors.js';
import { domainErrorOf, InvalidFields } from '../input/invalid-fields.js';
import { refuseUnstorableInput } from '../input/storable-input.js';
import { answerInReaderLanguage, coreFieldInReaderLanguage, fieldsInReaderLanguage, typeRuleInReaderLanguage } from '../request/answer-words.js';
import { readerWords } from '../modules/ticket-types/reader-words.js';
import { type ProcedureMeta, spendFailedSignIn, spendUserBudget, userBudgetOf } from './procedure-rate-limits.js';

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  isDev: false,
  // Subscriptions (Server-Sent Events): a ping keeps an idle stream open through proxies, and a
  // client that hears nothing for longer reconnects (resuming from its last event).
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const domain = domainErrorOf(cause);
    const issues = issuesOf(cause);
    const fieldErrors = issues ? fieldErrorsOf(issues) : null;
    return {
      ...shape,
      // An input schema's refusal carries the validator's JSON dump as its message; a person reads
      // the field errors as sentences instead. Our own refusals already say it in words.
      message: fieldErrors && !(cause instanceof InvalidFields) ? fieldErrorSentence(fieldErrors) : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        /** For bad input: each field path with what is wrong with it. */
        fieldErrors,
        /** For a broken domain rule: its kind, stable code and facts. */
        domain: domain ? { kind: domain.kind, code: domain.code, details: domain.details } : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure: errors are mapped to codes a client can act on, and unexpected ones are logged;
 * input the database cannot store (a NUL or a lone surrogate in any text, nesting deeper than
 * MAX_INPUT_DEPTH) is refused naming its fields, before the input schema or the procedure sees it.
 */
export const publicProcedure = t.procedure.use(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    let mapped = toTRPCError(result.error);
    // A failure no rule recognised, while the database does not answer: it went away mid-request.
    if (mapped.code === 'INTERNAL_SERVER_ERROR' && !(await databaseAnswers(ctx.services.orm))) mapped = databaseUnavailableError(result.error);
    if (mapped.code === 'INTERNAL_SERVER_ERROR' || mapped.code === 'SERVICE_UNAVAILABLE') {
      ctx.log.error({ err: result.error.cause ?? result.error, path, code: mapped.code }, 'procedure failed');
    }
    const words = readerWords(ctx);
    const sentence = typeRuleInReaderLanguage(mapped, words) ?? answerInReaderLanguage(mapped, ctx.languages);
    const said = fieldsInReaderLanguage(mapped, sentence, (message) => {
      const core = coreFieldInReaderLanguage(message, ctx.languages);
      return core === message ? words.fieldMessage(message) : core;
    });
    throw said.message === mapped.message && said.cause === mapped.cause ? mapped : new TRPCError({ code: mapped.code, message: said.message, cause: said.cause });
  }
  return result;
}).use(async ({ getRawInput, next }) => {
  refuseUnstorableInput(await getRawInput());
  return next();
});

/**
 * The viewer of a verified token: read from the directory on the token's first request, then kept
 * for the token's life (`directory/viewer-cache.ts`, which says how stale it may be).
 */
function viewerOfToken(ctx: Context, userId: number): Promise<Viewer | null> {
  const token = bearerToken(ctx.authorization);
  if (!token) return ctx.directory.viewer(userId);
  // Verified just before: `exp` is there and in the future.
  const { exp } = decodeJwt(token);
  return viewerCacheOf(ctx.services).viewerFor(token, (exp ?? 0) * 1000, () => ctx.directory.viewer(userId));
}

/**
 * Procedures that need a signed-in user: the token is verified and the viewer looked up (once per token). Refused
 * sign-ins count against the client's address and each call against the user's budget, both before
 * the database is asked anything (see procedure-rate-limits.ts).
 */
export const authedProcedure = publicProcedure.use(async ({ ctx, next, type, meta }) => {
  const token = bearerToken(ctx.authorization);
  // A token this process verified before, still before its `exp`: the same text verifies the same way.
  const known = token ? viewerCacheOf(ctx.services).kept(token) : undefined;
  let userId: number;
  try {
    userId = known ? known.userId : await verifyBearer(ctx.authorization, ctx.services.tokenKey, ctx.services.config);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      await spendFailedSignIn(ctx.rateLimits);
      throw new TRPCError({ code: 'UNAUTHORIZED', message: error.message });
    }
    throw error;
  }
  await spendUserBudget(ctx.rateLimits, userId, userBudgetOf(type, meta));
  const viewer: Viewer | null = known ?? (await viewerOfToken(ctx, userId));
  if (!viewer) {
    await spendFailedSignIn(ctx.rateLimits);
    throw new TRPCError({ code: 'UNAUTHORIZED', message: `User #${userId} is not known to the ticket system (or was anonymized).` });
  }
  return next({ ctx: { ...ctx, viewer } });
});
