namespace Authing.Emulator.Errors;

/// <summary>An Authing business error: the code and the Chinese message clients show.</summary>
public sealed record AuthingError(int Code, string Message);
