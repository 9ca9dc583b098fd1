package org.example.dnsprobe;

import io.netty.handler.codec.dns.DnsResponseCode;
import java.io.IOException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** Asks one server for A records and tells NXDOMAIN and SERVFAIL apart. */
public final class DnsProbe {
    private DnsProbe() {
    }

    public static String probe(String server, String host) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        Record question = Record.newRecord(Name.fromString(host, Name.root), Type.A, DClass.IN);
        Message response = resolver.send(Message.newQuery(question));
        int rcode = response.getRcode();
        switch (rcode) {
            case Rcode.NOERROR:
                return response.getSection(Section.ANSWER).isEmpty() ? "empty" : "ok";
            case Rcode.NXDOMAIN:
                return "no such name";
            case Rcode.SERVFAIL:
                return "server failure";
            case Rcode.NOTIMPL:
                return "not implemented";
            case org.xbill.DNS.Rcode.REFUSED:
                return "refused";
            default:
                return Rcode.string(rcode);
        }
    }

    /** Netty's decoder hands over a DnsResponseCode instead of an int. */
    static boolean isNameError(DnsResponseCode code) {
        return code == DnsResponseCode.NXDOMAIN;
    }

    /** Netty has one constant for both meanings of 16. */
    static boolean isVersionOrSignature(DnsResponseCode code) {
        return code == DnsResponseCode.BADVERS_OR_BADSIG || code == DnsResponseCode.BADTIME;
    }
}
