namespace Authing.Emulator.GraphQL;

/// <summary>
/// Bounds on what one GraphQL request may cost. Defaults: documents up to 100 000 characters, nesting up to 40
/// levels (selection sets, list and object values, list types), fragment spreads nested up to 100 deep, at most
/// 100 errors reported, 500 000 fields resolved per request, HTTP bodies up to 1 MiB, and up to 1 000 parsed
/// documents cached.
/// </summary>
public sealed record GraphQLLimits
{
    /// <summary>The longest query text accepted, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>The deepest nesting accepted, in the document and through fragment spreads.</summary>
    public int MaxDepth { get; init; } = 40;

    /// <summary>How deep fragment spreads may nest inside each other (a fragment spreading one that spreads ...).</summary>
    public int MaxFragmentNesting { get; init; } = 100;

    /// <summary>The most errors one response lists.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The most fields one request may resolve (list items count once per selected field).</summary>
    public int MaxResolvedFields { get; init; } = 500_000;

    /// <summary>The largest HTTP request body accepted, in bytes.</summary>
    public int MaxRequestBytes { get; init; } = 1_048_576;

    /// <summary>How many parsed and validated documents are kept, by query text.</summary>
    public int MaxCachedDocuments { get; init; } = 1_000;

    /// <summary>Throws when a limit is not positive, naming it.</summary>
    public void Validate()
    {
        Positive(MaxDocumentLength, nameof(MaxDocumentLength));
        Positive(MaxDepth, nameof(MaxDepth));
        Positive(MaxFragmentNesting, nameof(MaxFragmentNesting));
        Positive(MaxErrors, nameof(MaxErrors));
        Positive(MaxResolvedFields, nameof(MaxResolvedFields));
        Positive(MaxRequestBytes, nameof(MaxRequestBytes));
        Positive(MaxCachedDocuments, nameof(MaxCachedDocuments));
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"GraphQLLimits.{name} must be a positive number.");
        }
    }
}
