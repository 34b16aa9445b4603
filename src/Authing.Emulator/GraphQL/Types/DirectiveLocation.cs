namespace Authing.Emulator.GraphQL.Types;

/// <summary>Where a directive may appear (spec §3.13); introspection reports them in SCREAMING_CASE.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members are named after the spec's directive locations, one of which is OBJECT.")]
public enum DirectiveLocation
{
    /// <summary>A query operation.</summary>
    Query,

    /// <summary>A mutation operation.</summary>
    Mutation,

    /// <summary>A subscription operation.</summary>
    Subscription,

    /// <summary>A field selection.</summary>
    Field,

    /// <summary>A fragment definition.</summary>
    FragmentDefinition,

    /// <summary>A fragment spread.</summary>
    FragmentSpread,

    /// <summary>An inline fragment.</summary>
    InlineFragment,

    /// <summary>A variable definition.</summary>
    VariableDefinition,

    /// <summary>The schema definition.</summary>
    Schema,

    /// <summary>A scalar definition.</summary>
    Scalar,

    /// <summary>An object type definition.</summary>
    Object,

    /// <summary>A field definition.</summary>
    FieldDefinition,

    /// <summary>An argument definition.</summary>
    ArgumentDefinition,

    /// <summary>An interface definition.</summary>
    Interface,

    /// <summary>A union definition.</summary>
    Union,

    /// <summary>An enum definition.</summary>
    Enum,

    /// <summary>An enum value definition.</summary>
    EnumValue,

    /// <summary>An input object definition.</summary>
    InputObject,

    /// <summary>An input field definition.</summary>
    InputFieldDefinition,
}
