using Authing.Emulator.Errors;

namespace Authing.Emulator.Ldap;

/// <summary>
/// The business errors of LDAP and AD login besides 2004 (no such entry) and 2006 (wrong password). Authing documents
/// no codes for them, so they carry its generic failure code 500 with a message that says what went wrong.
/// </summary>
public static class LdapErrors
{
    /// <summary>The directory server could not be reached or did not answer in time.</summary>
    public static AuthingError DirectoryUnavailable { get; } = new(500, "无法连接 LDAP 服务，请稍后再试");

    /// <summary>The directory refused the configured service account.</summary>
    public static AuthingError ServiceBindFailed { get; } = new(500, "LDAP 服务账号绑定失败，请检查 BindDn 和 BindPassword");

    /// <summary>More than one entry matches the login name.</summary>
    public static AuthingError AmbiguousUser { get; } = new(500, "LDAP 中有多个条目匹配该用户名");

    /// <summary>The pool has no LDAP connector.</summary>
    public static AuthingError LdapNotConfigured { get; } = new(500, "该用户池未配置 LDAP 服务");

    /// <summary>No pool has an AD connector with that id.</summary>
    public static AuthingError AdConnectorNotFound { get; } = new(500, "AD Connector 不存在");

    /// <summary>An AD user name that is neither <c>DOMAIN\name</c> nor <c>name@suffix</c>.</summary>
    public static AuthingError AdUsernameFormat { get; } = new(500, "AD 用户名应为 username@domain.com 或 domain\\username 形式");
}
