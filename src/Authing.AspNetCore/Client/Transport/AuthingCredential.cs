namespace Authing.AspNetCore.Client;

/// <summary>Which token an operation sends as <c>Authorization: Bearer</c>.</summary>
internal enum AuthingCredential
{
    /// <summary>No token.</summary>
    None,

    /// <summary>The pool administrator's OwnerToken.</summary>
    Owner,

    /// <summary>The UserToken given to the call.</summary>
    User,
}
