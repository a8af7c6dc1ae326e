#!/usr/bin/env bash
# A throwaway WordPress on 127.0.0.1 for the publishing tests: Debian's wordpress served by PHP's
# built-in server, a private MariaDB (socket only, data in the instance folder), the TransDesk
# attribution plugin as a must-use plugin. Needs root (the MariaDB server runs as `mysql`, and
# Debian's wp-config.php reads /etc/wordpress/config-127.0.0.1.php) and the Debian packages
# wordpress, php-cli, php-mysql and mariadb-server (scripts/setup.sh --test installs them).
#
#   wordpress-test-server.sh start DIR   install and start; prints one line of JSON:
#                                        {"url", "admin_user", "admin_password",
#                                         "contributor_user", "contributor_password"}
#   wordpress-test-server.sh stop DIR    stop both servers and remove DIR
#
# Exit status 3: this machine cannot run it (the reason on stderr); tests skip (fail in CI).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
WORDPRESS=/usr/share/wordpress
SITE_CONFIG=/etc/wordpress/config-127.0.0.1.php

cannot() {
    echo "wordpress-test-server: $*" >&2
    exit 3
}

answers() {
    php -r '$a = @file_get_contents($argv[1]); exit($a === false ? 1 : 0);' "$1"
}

stop() {
    local dir="$1" pid
    for name in php mariadb; do
        if [[ -f $dir/$name.pid ]]; then
            pid="$(cat "$dir/$name.pid")"
            kill -TERM -- "-$pid" 2>/dev/null || true # the process group: php -S workers too
            for _ in $(seq 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL -- "-$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$dir"
}

start() {
    local dir="$1" port socket db_password
    [[ $(id -u) -eq 0 ]] || cannot "needs root (MariaDB runs as mysql; /etc/wordpress is root's)"
    [[ -f $WORDPRESS/wp-load.php ]] || cannot "Debian's wordpress is not installed (scripts/setup.sh --test)"
    for tool in php mariadbd mariadb-install-db mariadb; do
        command -v "$tool" >/dev/null || cannot "$tool is not installed (scripts/setup.sh --test)"
    done
    php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' || cannot "PHP has no mysqli (php-mysql)"

    mkdir -p "$dir"/{db,run,content/mu-plugins,content/plugins}
    chmod 755 "$dir" # mkdtemp makes it 0700: MariaDB runs as mysql and must get in
    chown mysql: "$dir/db" "$dir/run"
    ln -s /usr/share/wordpress/wp-content/themes "$dir/content/themes"
    ln -s "$REPO/resources/wordpress/transdesk-attribution.php" "$dir/content/mu-plugins/"
    socket="$dir/run/mysqld.sock"

    # MariaDB: a private data folder, no network, the socket only.
    mariadb-install-db --no-defaults --user=mysql --datadir="$dir/db" \
        --auth-root-authentication-method=socket >"$dir/mariadb-install.log" 2>&1 ||
        { tail -20 "$dir/mariadb-install.log" >&2; exit 1; }
    setsid mariadbd --no-defaults --user=mysql --datadir="$dir/db" --socket="$socket" \
        --skip-networking --pid-file="$dir/run/mariadbd.pid" --log-error="$dir/mariadb.log" \
        --innodb-buffer-pool-size=32M --innodb-flush-log-at-trx-commit=2 \
        </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/mariadb.pid"
    for _ in $(seq 100); do
        mariadb --no-defaults --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
        sleep 0.1
    done
    db_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    mariadb --no-defaults --socket="$socket" -uroot -e "
        CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$db_password';
        GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';" ||
        { tail -20 "$dir/mariadb.log" >&2; exit 1; }

    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    # Debian's wp-config.php loads /etc/wordpress/config-<host>.php; this one hands over to the
    # instance named by the environment, so several instances can run at once.
    cat >"$dir/site-config.php" <<'PHP'
<?php
// Written by TransDesk's tests/integration/wordpress/wordpress-test-server.sh: each test
// WordPress keeps its settings in its own folder, named by TRANSDESK_WORDPRESS_DIR.
$transdesk_wordpress = getenv('TRANSDESK_WORDPRESS_DIR');
if ($transdesk_wordpress && is_file($transdesk_wordpress . '/config.php')) {
    require $transdesk_wordpress . '/config.php';
}
PHP
    mkdir -p /etc/wordpress
    cmp -s "$dir/site-config.php" "$SITE_CONFIG" || cp "$dir/site-config.php" "$SITE_CONFIG"
    {
        echo "<?php"
        echo "define('DB_NAME', 'wordpress');"
        echo "define('DB_USER', 'wordpress');"
        echo "define('DB_PASSWORD', '$db_password');"
        echo "define('DB_HOST', 'localhost:$socket');"
        echo "define('DB_CHARSET', 'utf8mb4');"
        echo "define('WP_CONTENT_DIR', '$dir/content');"
        echo "define('WP_HOME', 'http://127.0.0.1:$port');"
        echo "define('WP_SITEURL', 'http://127.0.0.1:$port');"
        echo "define('WP_ENVIRONMENT_TYPE', 'local');" # Application Passwords over plain http
        echo "define('DISABLE_WP_CRON', true);"
        echo "define('AUTOMATIC_UPDATER_DISABLED', true);"
        echo "define('WP_HTTP_BLOCK_EXTERNAL', true);" # no calls home from a test site
        for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT \
            LOGGED_IN_SALT NONCE_SALT; do
            echo "define('$key', '$(head -c 30 /dev/urandom | base64 | tr -d '/+=')');"
        done
    } >"$dir/config.php"

    export TRANSDESK_WORDPRESS_DIR="$dir"
    php "$HERE/install.php" >"$dir/users.json" 2>"$dir/install.log" ||
        { tail -20 "$dir/install.log" >&2; exit 1; }

    PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t "$WORDPRESS" \
        </dev/null >"$dir/php.log" 2>&1 &
    echo $! >"$dir/php.pid"
    for _ in $(seq 100); do
        answers "http://127.0.0.1:$port/?rest_route=/" && break
        sleep 0.1
    done
    answers "http://127.0.0.1:$port/?rest_route=/" || { tail -20 "$dir/php.log" >&2; exit 1; }
    python3 -c 'import json, sys; users = json.load(open(sys.argv[1])); print(json.dumps({"url": sys.argv[2], **users}))' \
        "$dir/users.json" "http://127.0.0.1:$port"
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || { echo "usage: $0 start DIR" >&2; exit 2; }; start "$2" ;;
    stop) [[ $# -eq 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
    *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
