// A Hardhat test (JavaScript): never compiled by the audit.
const { expect } = require("chai");

describe("Escrow", function () {
  it("holds the payment", async function () {
    const Escrow = await ethers.getContractFactory("Escrow");
    const [arbiter, seller] = await ethers.getSigners();
    const escrow = await Escrow.deploy(arbiter.address, seller.address);
    expect(await escrow.total()).to.equal(0);
  });
});
