namespace Authing.Emulator.GraphQL.Types;

/// <summary>
/// Resolves one field. The returned value is serialised by the field's type: a scalar as its CLR value, an object
/// type by resolving its selected fields with this value as their <see cref="ResolveContext.Source"/>, a list from
/// any <see cref="System.Collections.IEnumerable"/>. Throw <see cref="GraphQLFieldException"/> for an error that
/// the caller should see; any other exception is reported as an internal error without its details.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
