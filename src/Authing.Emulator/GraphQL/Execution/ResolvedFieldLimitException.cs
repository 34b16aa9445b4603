namespace Authing.Emulator.GraphQL.Execution;

/// <summary>Execution stopped because the request resolved more fields than the limit allows.</summary>
internal sealed class ResolvedFieldLimitException(int limit)
    : Exception($"The request resolves more than {limit} fields; execution was stopped.");
