package tr.gov.goc.kurul.hardening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Test only, runs inside the application nodes of {@link ClusterMariaDbTest}: records one row per execution of the
 * probe's asynchronous job, in the job's own transaction (the engine's data source is transaction-aware), so a job
 * that rolls back leaves no row and a job run twice leaves two.
 */
public class CountSideEffect implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        DataSource dataSource = Context.getProcessEngineConfiguration().getDataSource();
        Connection connection = dataSource.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cluster_effect (instance_id, node) VALUES (?, ?)")) {
            insert.setString(1, execution.getProcessInstanceId());
            insert.setString(2, System.getProperty("kurul.node", "?"));
            insert.executeUpdate();
        } finally {
            connection.close(); // returns the transaction's connection proxy; the job's commit decides
        }
        Thread.sleep(5);
    }
}
