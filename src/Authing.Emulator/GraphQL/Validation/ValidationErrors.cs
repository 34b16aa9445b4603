using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>Validation errors without duplicates, stopping at the limit with one last error that says so.</summary>
internal sealed class ValidationErrors(int maxErrors)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public List<GraphQLError> Errors { get; } = [];

    public bool Full => Errors.Count > maxErrors;

    public void Report(string message, params IReadOnlyList<SourceLocation> locations)
    {
        if (Full || !seen.Add($"{message}@{string.Join(';', locations)}"))
        {
            return;
        }

        Errors.Add(Errors.Count == maxErrors
            ? new GraphQLError("Too many validation errors, error limit reached. Validation aborted.")
            : new GraphQLError(message, locations));
    }
}
