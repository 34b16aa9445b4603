namespace Authing.Emulator.GraphQL.Types;

/// <summary>A GraphQL type reference: a named type, or a list or non-null wrapper around another type.</summary>
public abstract class GraphQLType
{
    /// <summary>Wraps this type as non-null (<c>T!</c>).</summary>
    public NonNullType NonNull() => new(this);

    /// <summary>Wraps this type as a list (<c>[T]</c>).</summary>
    public ListType List() => new(this);

    /// <summary>The named type under every wrapper.</summary>
    public abstract NamedType Named { get; }
}

/// <summary>A list wrapper, <c>[T]</c>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}

/// <summary>A non-null wrapper, <c>T!</c>.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Creates the wrapper; a non-null type cannot wrap another non-null type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The wrapped type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}

/// <summary>A type with a name in the schema: scalar, object, input object or enum.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    /// <summary>The type's name.</summary>
    public string Name { get; } = name;

    /// <summary>The type's description, shown by introspection.</summary>
    public string? Description { get; } = description;

    /// <inheritdoc />
    public override NamedType Named => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}
