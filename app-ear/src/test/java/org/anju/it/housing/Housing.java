package org.anju.it.housing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;

/** Test data of housing, created through the API. */
public final class Housing {

    private Housing() {
    }

    /** A fresh operator and its admin. */
    public static Api operator(String prefix) {
        String code = Api.uniqueCode(prefix);
        Organizations.provisionOperator(code);
        return Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
    }

    public static long project(Api api, String name) {
        Api.Reply r = api.post("/api/v1/projects", Json.createObjectBuilder().add("name", name).add("address", "西湖区文三路 100 号")
                .add("divisionCode", "330106").add("propertyCompany", "安心物业").add("managerName", "张经理").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return id(r.json());
    }

    public static long building(Api api, long project, String name, int floors) {
        Api.Reply r = api.post("/api/v1/projects/" + project + "/buildings", Json.createObjectBuilder().add("name", name)
                .add("floors", floors).add("hasElevator", true).add("yearBuilt", 2019).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return id(r.json());
    }

    public static long unit(Api api, long building, String room, int floor, String area) {
        Api.Reply r = api.post("/api/v1/units", Json.createObjectBuilder().add("buildingId", building).add("roomNumber", room)
                .add("floor", floor).add("layout", "一室一厅").add("area", new java.math.BigDecimal(area)).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return id(r.json());
    }

    public static Api.Reply status(Api api, long unit, String status, String reason) {
        return api.post("/api/v1/units/" + unit + "/status",
                Json.createObjectBuilder().add("status", status).add("reason", reason).build());
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
