namespace Authing.Emulator.Ldap;

/// <summary>The directory logins' log messages; never a password.</summary>
internal static partial class LdapLog
{
    [LoggerMessage(EventId = 400, EventName = "DirectoryUnavailable", Level = LogLevel.Warning, Message = "The directory {Server} could not be used (LDAP result {ResultCode}).")]
    public static partial void DirectoryUnavailable(ILogger logger, Uri? server, int resultCode, Exception exception);

    [LoggerMessage(EventId = 401, EventName = "ServiceBindRefused", Level = LogLevel.Error, Message = "The directory {Server} refused the service account {BindDn}.")]
    public static partial void ServiceBindRefused(ILogger logger, Uri? server, string bindDn);

    [LoggerMessage(EventId = 402, EventName = "AmbiguousEntry", Level = LogLevel.Warning, Message = "More than one entry under {SearchBase} matches the login name; the login is refused.")]
    public static partial void AmbiguousEntry(ILogger logger, string searchBase);

    [LoggerMessage(EventId = 403, EventName = "DirectoryLoginRejected", Level = LogLevel.Information, Message = "Directory login to pool {PoolId} rejected with code {Code}.")]
    public static partial void DirectoryLoginRejected(ILogger logger, string poolId, int code);
}
