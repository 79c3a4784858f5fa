/**
 * Every portal registers its pages here (see app/registry.ts). A new capability adds its `register.ts` import.
 */
import './platform/register'
import './operator/register'
import './authority/register'
import './housing/register'
import './leasing/register'
import './finance/register'
import './devices/register'
import './alerts/register'
import './staff-admin/register'
import './resident/register'
