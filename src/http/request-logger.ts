import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from "fastify";

// pino's types, as Fastify's logger interface uses them (pino is Fastify's dependency, not ours).
type Bindings = Parameters<FastifyBaseLogger["child"]>[0];
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger["child"]>[1]>;

type Level = "fatal" | "error" | "warn" | "info" | "debug" | "trace";

/** A logger that can say whether a level is written: pino can; Fastify's no-op logger (no `LOG_LEVEL`) cannot. */
type LevelAware = FastifyBaseLogger & { isLevelEnabled(level: string): boolean };

function isLevelAware(logger: FastifyBaseLogger): logger is LevelAware {
  return typeof (logger as Partial<LevelAware>).isLevelEnabled === "function";
}

/**
 * A request's logger that makes its pino child (the one binding `reqId`) only when a line is actually
 * written. Fastify makes that child for every request, and at `LOG_LEVEL=warn` and above most requests
 * write nothing: making it anyway cost ~5% of a detail read (docs/benchmarks.md). Every line written still
 * goes through the same child, with the same bindings, serializers and redaction.
 */
class RequestLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: LevelAware,
    private readonly bindings: Bindings,
  ) {}

  #real(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings);
    return this.#child;
  }

  #write(level: Level, args: unknown[]): void {
    // Once made, the child decides (its level may have been set); before, the parent's level does.
    if (!this.#child && !this.parent.isLevelEnabled(level)) return;
    const child = this.#real();
    Reflect.apply(child[level], child, args);
  }

  get level(): string {
    return this.#child?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.#real().level = level;
  }

  // Prototype methods, not per-instance closures: one object per request is the whole cost.
  fatal(...args: unknown[]): void {
    this.#write("fatal", args);
  }
  error(...args: unknown[]): void {
    this.#write("error", args);
  }
  warn(...args: unknown[]): void {
    this.#write("warn", args);
  }
  info(...args: unknown[]): void {
    this.#write("info", args);
  }
  debug(...args: unknown[]): void {
    this.#write("debug", args);
  }
  trace(...args: unknown[]): void {
    this.#write("trace", args);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#real().child(bindings, options);
  }
}

/**
 * Fastify's `childLoggerFactory`. Options for the child (a route's own log level or serializers) change
 * which lines it writes, so with any of those the child is made at once, as Fastify would.
 */
export function lazyRequestLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  if (!isLevelAware(logger) || Object.keys(options).length > 0) return logger.child(bindings, options);
  // The same methods as pino's BaseLogger, whose level methods carry overloads this class need not repeat.
  return new RequestLogger(logger, bindings) as unknown as FastifyBaseLogger;
}

const INFO_LEVELS = new Set(["info", "debug", "trace"]);

/**
 * Fastify's own per-request lines ("incoming request", "request completed", "route not found") are info
 * lines. When the level is above info they are never written, yet asking cost two logger calls per request;
 * this controller skips them then (errored requests are still reported). Undefined: Fastify's own.
 */
export function requestLogController(level: string | undefined): LogController | undefined {
  if (level === undefined || INFO_LEVELS.has(level)) return undefined;
  return new QuietRequestLines();
}

class QuietRequestLines extends LogController {
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    if (error) super.requestCompleted(error, request, reply, metadata);
  }
}
