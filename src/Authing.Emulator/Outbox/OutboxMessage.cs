namespace Authing.Emulator.Outbox;

/// <summary>An e-mail or SMS the emulator would have sent.</summary>
public sealed record OutboxMessage(
    string Id,
    string PoolId,
    string To,
    OutboxKind Kind,
    string Subject,
    string Body,
    string? Code,
    DateTimeOffset CreatedAt);
