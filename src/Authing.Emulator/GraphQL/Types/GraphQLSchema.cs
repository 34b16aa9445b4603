namespace Authing.Emulator.GraphQL.Types;

/// <summary>A schema: the query root, the optional mutation root and every type reachable from them.</summary>
public sealed partial class GraphQLSchema
{
    /// <summary>Creates a schema from its root types.</summary>
    public GraphQLSchema(ObjectType query, ObjectType? mutation = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        Mutation = mutation;
    }

    /// <summary>The query root type.</summary>
    public ObjectType Query { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? Mutation { get; }
}
