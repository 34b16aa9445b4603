namespace Authing.Emulator.GraphQL.Types;

/// <summary>A field of an object type: its output type, arguments and resolver.</summary>
public sealed class FieldDefinition(string name, GraphQLType type, FieldResolver resolver)
{
    /// <summary>The field name.</summary>
    public string Name { get; } = name;

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; } = type;

    /// <summary>Produces the field's value from its parent value and arguments.</summary>
    public FieldResolver Resolver { get; } = resolver;

    /// <summary>The field's arguments in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];

    /// <summary>The description shown by introspection.</summary>
    public string? Description { get; init; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }
}
