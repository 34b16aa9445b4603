namespace Authing.Emulator.GraphQL.Types;

/// <summary>An argument of a field, or a field of an input object type.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    private readonly object? defaultValue;

    /// <summary>The argument or input field name.</summary>
    public string Name { get; } = name;

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; } = type;

    /// <summary>The description shown by introspection.</summary>
    public string? Description { get; init; }

    /// <summary>True when <see cref="DefaultValue"/> was set.</summary>
    public bool HasDefaultValue { get; private init; }

    /// <summary>The default, as an already coerced CLR value (the same shapes resolvers receive).</summary>
    public object? DefaultValue
    {
        get => defaultValue;
        init
        {
            defaultValue = value;
            HasDefaultValue = true;
        }
    }
}
