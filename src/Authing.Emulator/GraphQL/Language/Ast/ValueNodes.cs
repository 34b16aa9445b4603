namespace Authing.Emulator.GraphQL.Language.Ast;

/// <summary>A value literal.</summary>
internal abstract record ValueNode(SourceLocation Location);

/// <summary><c>$name</c>.</summary>
internal sealed record VariableNode(SourceLocation Location, string Name) : ValueNode(Location);

/// <summary>An integer literal, kept as written.</summary>
internal sealed record IntValueNode(SourceLocation Location, string Value) : ValueNode(Location);

/// <summary>A float literal, kept as written.</summary>
internal sealed record FloatValueNode(SourceLocation Location, string Value) : ValueNode(Location);

/// <summary>A string or block string literal, with escapes and block indentation already resolved.</summary>
internal sealed record StringValueNode(SourceLocation Location, string Value, bool Block) : ValueNode(Location);

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record BooleanValueNode(SourceLocation Location, bool Value) : ValueNode(Location);

/// <summary><c>null</c>.</summary>
internal sealed record NullValueNode(SourceLocation Location) : ValueNode(Location);

/// <summary>An enum value: a name other than true, false and null.</summary>
internal sealed record EnumValueNode(SourceLocation Location, string Value) : ValueNode(Location);

/// <summary><c>[value, ...]</c>.</summary>
internal sealed record ListValueNode(SourceLocation Location, IReadOnlyList<ValueNode> Values) : ValueNode(Location);

/// <summary><c>{name: value, ...}</c>.</summary>
internal sealed record ObjectValueNode(SourceLocation Location, IReadOnlyList<ObjectFieldNode> Fields) : ValueNode(Location);

/// <summary>One <c>name: value</c> of an object literal.</summary>
internal sealed record ObjectFieldNode(SourceLocation Location, string Name, ValueNode Value);
