<?php
// Installs WordPress headless (no wp-cli) for wordpress-test-server.sh and prints the users and
// their Application Passwords as JSON. TRANSDESK_WORDPRESS_DIR names the instance's folder.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);

function wp_mail() { return true; }  // no mail server: the install's welcome mail goes nowhere

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$admin_password = wp_generate_password(24, false);
$installed = wp_install('TransDesk test site', 'admin', 'admin@example.org', false, '',
                        $admin_password);
update_option('permalink_structure', '');  // ?rest_route=, as on a site without pretty links
$admin = (int) $installed['user_id'];

$contributor_password = wp_generate_password(24, false);
$contributor = wp_insert_user(array(
    'user_login' => 'contributor', 'user_pass' => $contributor_password,
    'user_email' => 'contributor@example.org', 'role' => 'contributor',
));
if (is_wp_error($contributor)) {
    fwrite(STDERR, $contributor->get_error_message() . "\n");
    exit(1);
}

list($admin_app) = WP_Application_Passwords::create_new_application_password(
    $admin, array('name' => 'TransDesk tests'));
list($contributor_app) = WP_Application_Passwords::create_new_application_password(
    $contributor, array('name' => 'TransDesk tests'));
if (is_wp_error($admin_app) || !is_string($admin_app)) {
    fwrite(STDERR, "could not create an Application Password (is WP_ENVIRONMENT_TYPE local?)\n");
    exit(1);
}
echo json_encode(array(
    'admin_user' => 'admin', 'admin_password' => $admin_app,
    'contributor_user' => 'contributor', 'contributor_password' => $contributor_app,
)), "\n";
