package tr.gov.goc.kurul.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** SMTP sockets send the end of a message at once (TCP_NODELAY), in the default run and in production. */
class NoDelaySocketFactoryTest {

    @Test
    void itsSocketsDoNotWaitForAcknowledgements() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = NoDelaySocketFactory.getDefault().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void theProductionMailSettingsNameIt() throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-mariadb.yml"));
        Properties properties = yaml.getObject();
        String factory = properties.getProperty("spring.mail.properties.mail.smtp.socketFactory.class");
        assertThat(factory).isEqualTo(NoDelaySocketFactory.class.getName());
        // Jakarta Mail finds the factory through this static method
        assertThat(Class.forName(factory).getMethod("getDefault").invoke(null)).isInstanceOf(NoDelaySocketFactory.class);
    }
}
