namespace Authing.Emulator.GraphQL.Types;

/// <summary>What a resolver receives: the parent value, the coerced arguments and the request's state.</summary>
public sealed class ResolveContext(
    object? source,
    FieldDefinition field,
    IReadOnlyDictionary<string, object?> arguments,
    object? requestState,
    CancellationToken cancellationToken)
{
    /// <summary>The parent value (the root value is null).</summary>
    public object? Source { get; } = source;

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field { get; } = field;

    /// <summary>
    /// The coerced arguments that were given or defaulted; an argument that was omitted is absent, one given as
    /// <c>null</c> is present with a null value.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    /// <summary>The per-request object the gateway passed to the executor (for example the caller's token).</summary>
    public object? RequestState { get; } = requestState;

    /// <summary>Cancelled when the request is aborted.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>True when the argument was given (possibly as null) or has a default.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The argument's value, or <paramref name="fallback"/> when it is absent or null.</summary>
    public T? GetArgument<T>(string name, T? fallback = default)
        => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
