namespace Authing.Emulator.Storage;

/// <summary>The tables, created when missing at start. Records are JSON documents beside the columns queried on.</summary>
internal static class DatabaseSchema
{
    public const string Script = """
        CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS pools (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS users (
            id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, email TEXT, phone TEXT, username TEXT, unionid TEXT,
            created INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS users_by_pool ON users (pool_id, created);
        CREATE TABLE IF NOT EXISTS login_history (
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL, at INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS login_history_by_user ON login_history (user_id, at);
        CREATE TABLE IF NOT EXISTS issued_tokens (
            hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, issued_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS issued_tokens_by_user ON issued_tokens (user_id);
        CREATE TABLE IF NOT EXISTS oauth_bindings (
            id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, user_id TEXT NOT NULL, type TEXT NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS invitation_states (pool_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS invitation_phones (pool_id TEXT NOT NULL, phone TEXT NOT NULL, PRIMARY KEY (pool_id, phone));
        CREATE TABLE IF NOT EXISTS verification_codes (
            pool_id TEXT NOT NULL, target TEXT NOT NULL, purpose TEXT NOT NULL, code TEXT NOT NULL, expires_at INTEGER NOT NULL,
            PRIMARY KEY (pool_id, target, purpose));
        CREATE TABLE IF NOT EXISTS mfa (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, user_id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS outbox (id TEXT PRIMARY KEY, recipient TEXT NOT NULL, at INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS oidc_keys (kid TEXT PRIMARY KEY, created INTEGER NOT NULL, pem TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS oidc_sessions (
            hash TEXT PRIMARY KEY, pool_id TEXT NOT NULL, user_id TEXT NOT NULL, auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS oidc_consents (
            user_id TEXT NOT NULL, client_id TEXT NOT NULL, id TEXT NOT NULL, pool_id TEXT NOT NULL, scope TEXT NOT NULL,
            granted_at INTEGER NOT NULL, PRIMARY KEY (user_id, client_id));
        CREATE TABLE IF NOT EXISTS oidc_codes (
            hash TEXT PRIMARY KEY, grant_id TEXT NOT NULL, client_id TEXT NOT NULL, user_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,
            scope TEXT NOT NULL, nonce TEXT, code_challenge TEXT, auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL,
            used INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS oidc_refresh_tokens (
            hash TEXT PRIMARY KEY, grant_id TEXT NOT NULL, client_id TEXT NOT NULL, user_id TEXT NOT NULL, scope TEXT NOT NULL,
            auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS oidc_refresh_tokens_by_grant ON oidc_refresh_tokens (user_id, client_id);
        """;
}
