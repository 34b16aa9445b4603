namespace Authing.Emulator.GraphQL.Execution;

/// <summary>An input value (variable, argument or literal) does not fit its input type.</summary>
internal sealed class InputCoercionException(string message) : Exception(message);
