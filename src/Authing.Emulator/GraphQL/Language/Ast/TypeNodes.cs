namespace Authing.Emulator.GraphQL.Language.Ast;

/// <summary>A type reference in a variable definition or type condition.</summary>
internal abstract record TypeNode(SourceLocation Location)
{
    /// <summary>The name under every wrapper.</summary>
    public abstract NamedTypeNode Named { get; }
}

/// <summary><c>Name</c>.</summary>
internal sealed record NamedTypeNode(SourceLocation Location, string Name) : TypeNode(Location)
{
    /// <inheritdoc />
    public override NamedTypeNode Named => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary><c>[Type]</c>.</summary>
internal sealed record ListTypeNode(SourceLocation Location, TypeNode Type) : TypeNode(Location)
{
    /// <inheritdoc />
    public override NamedTypeNode Named => Type.Named;

    /// <inheritdoc />
    public override string ToString() => $"[{Type}]";
}

/// <summary><c>Type!</c>.</summary>
internal sealed record NonNullTypeNode(SourceLocation Location, TypeNode Type) : TypeNode(Location)
{
    /// <inheritdoc />
    public override NamedTypeNode Named => Type.Named;

    /// <inheritdoc />
    public override string ToString() => $"{Type}!";
}
