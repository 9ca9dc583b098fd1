// Messages for the status a DnsQuery_W call returns.
#include <windows.h>
#include <windns.h>

const wchar_t* QueryStatusText(DNS_STATUS status)
{
    switch (status) {
    case DNS_ERROR_RCODE_NO_ERROR:       return L"answered";
    case DNS_INFO_NO_RECORDS:            return L"the name has no records of this type";
    case DNS_ERROR_RCODE_NAME_ERROR:     return L"the name does not exist";
    case DNS_ERROR_RCODE_SERVER_FAILURE: return L"the server failed";
    case DNS_ERROR_RCODE_REFUSED:        return L"the server refused";
    default:                             return L"other error";
    }
}

bool Resolved(DNS_STATUS status)
{
    return status == DNS_ERROR_RCODE_NO_ERROR || status == DNS_INFO_NO_RECORDS;
}

int ExitCode(int errcode)
{
    // errcode is this program's own status: its NOERROR is no resolver's
    return errcode == NOERROR ? 0 : 1;
}
